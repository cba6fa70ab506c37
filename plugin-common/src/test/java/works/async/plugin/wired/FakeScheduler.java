package works.async.plugin.wired;

import static org.mockito.Mockito.mock;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

/** The host's scheduler for a wired test: it keeps the registered runners and jobs, and runs a job when told. */
public final class FakeScheduler {

    private final Map<JobRunnerKey, JobRunner> runners = Collections.synchronizedMap(new HashMap<>());
    private final Map<JobId, JobConfig> jobs = Collections.synchronizedMap(new HashMap<>());

    /** The scheduler service the plugin imports: runner registration and scheduling only. */
    public SchedulerService service(String host) {
        return ByName.fake(host, SchedulerService.class, (method, args) -> switch (method) {
            case "registerJobRunner" -> {
                runners.put((JobRunnerKey) args[0], (JobRunner) args[1]);
                yield null;
            }
            case "unregisterJobRunner" -> {
                runners.remove((JobRunnerKey) args[0]);
                yield null;
            }
            case "scheduleJob" -> {
                jobs.put((JobId) args[0], (JobConfig) args[1]);
                yield null;
            }
            default -> ByName.unfaked();
        });
    }

    /** Runs the scheduled job as the scheduler does when its time comes: the runner registered for the job's key. */
    public JobRunnerResponse runJob(JobId jobId) {
        JobConfig config = Optional.ofNullable(jobs.get(jobId))
                .orElseThrow(() -> new AssertionError("no job " + jobId + " is scheduled"));
        JobRunner runner = Optional.ofNullable(runners.get(config.getJobRunnerKey()))
                .orElseThrow(() -> new AssertionError("no runner is registered for " + config.getJobRunnerKey()));
        return runner.runJob(mock(JobRunnerRequest.class));
    }
}
