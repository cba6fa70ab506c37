package works.async.plugin.escalation;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;

import works.async.plugin.outbox.FailureText;

/**
 * Runs the escalation pass from the host's scheduler (atlassian-scheduler, the same API in Jira and Confluence), once
 * a minute on one node of the cluster.
 *
 * <p>Job runners live in each node's memory, so {@link #start()} registers this one on every node start (the Spring
 * context's init method) and {@link #stop()} unregisters it when the plugin stops; the job itself is stored for the
 * whole cluster under a fixed id, so scheduling it again on each start replaces the one schedule instead of adding one.
 * Stopping leaves the job scheduled: the other nodes still run it, and a node without the runner is simply not chosen.
 */
public final class EscalationJobRunner implements JobRunner {

    private static final Logger LOG = Logger.getLogger(EscalationJobRunner.class.getName());

    /**
     * Stable across releases and restarts: the scheduler stores the job under these. One pair serves both products:
     * a key only has to be unique within one product's scheduler (its own database and nodes), and Jira and Confluence
     * never share one.
     */
    public static final JobRunnerKey RUNNER_KEY = JobRunnerKey.of("works.async.escalation");
    public static final JobId JOB_ID = JobId.of("works.async.escalation.every-minute");

    /** Reminders and escalations are due to the minute; a pass finds everything due since the last one. */
    public static final Duration INTERVAL = Duration.ofMinutes(1);

    private final SchedulerService scheduler;
    private final EscalationJob job;
    private final Clock clock;

    public EscalationJobRunner(SchedulerService scheduler, EscalationJob job, Clock clock) {
        this.scheduler = scheduler;
        this.job = job;
        this.clock = clock;
    }

    /** The job as stored: one run per interval on one node, the first an interval after this node started. */
    JobConfig jobConfig() {
        Date firstRun = Date.from(clock.instant().plus(INTERVAL));
        return JobConfig.forJobRunnerKey(RUNNER_KEY)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(INTERVAL.toMillis(), firstRun));
    }

    public void start() {
        scheduler.registerJobRunner(RUNNER_KEY, this);
        try {
            scheduler.scheduleJob(JOB_ID, jobConfig());
        } catch (SchedulerServiceException e) {
            // Not thrown: the plugin's screens still work, and a schedule stored by an earlier start keeps running.
            LOG.log(Level.SEVERE, "Async Work: the escalation job could not be scheduled; reminders and escalations"
                    + " wait for the next plugin start", e);
        }
    }

    public void stop() {
        scheduler.unregisterJobRunner(RUNNER_KEY);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            EscalationJob.Pass pass = job.runOnce();
            return JobRunnerResponse.success(pass.notificationsPlanned() + " notifications planned, "
                    + pass.reportsClosed() + " reports closed, " + pass.delivered() + " notifications delivered");
        } catch (RuntimeException e) {
            // The scheduler records the failed run and runs the job again in a minute; an exception would only be
            // logged by it with less context.
            LOG.log(Level.WARNING, "Async Work: escalation pass failed; the next run tries again", e);
            // Shown on the host's scheduler screen: the failure's own message, short and without class names (the log has the rest).
            return JobRunnerResponse.failed("Escalation pass failed: " + FailureText.of(e));
        }
    }
}
