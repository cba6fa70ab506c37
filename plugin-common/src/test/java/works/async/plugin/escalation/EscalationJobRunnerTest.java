package works.async.plugin.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.RunOutcome;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class EscalationJobRunnerTest {

    private static final Instant STARTED = Instant.parse("2026-03-02T09:30:00Z");

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final EscalationJob job = mock(EscalationJob.class);
    private final EscalationJobRunner runner =
            new EscalationJobRunner(scheduler, job, Clock.fixed(STARTED, ZoneOffset.UTC));

    @Test
    void onStartItRegistersItselfAndSchedulesTheJobOncePerClusterEveryMinute() throws Exception {
        runner.start();

        verify(scheduler).registerJobRunner(JobRunnerKey.of("works.async.escalation"), runner);
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(JobId.of("works.async.escalation.every-minute")), config.capture());
        assertThat(config.getValue().getJobRunnerKey()).isEqualTo(JobRunnerKey.of("works.async.escalation"));
        assertThat(config.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(config.getValue().getSchedule())
                .isEqualTo(Schedule.forInterval(60_000L, Date.from(STARTED.plusSeconds(60))));
    }

    @Test
    void aScheduleTheSchedulerRefusesDoesNotFailThePluginStart() throws Exception {
        doThrow(new SchedulerServiceException("no database")).when(scheduler).scheduleJob(any(), any());

        runner.start();

        // The runner is still there for a schedule stored by an earlier start.
        verify(scheduler).registerJobRunner(EscalationJobRunner.RUNNER_KEY, runner);
    }

    @Test
    void onStopItUnregistersItselfAndLeavesTheClustersJobScheduled() throws Exception {
        runner.start();
        runner.stop();

        verify(scheduler).registerJobRunner(EscalationJobRunner.RUNNER_KEY, runner);
        verify(scheduler).scheduleJob(eq(EscalationJobRunner.JOB_ID), any());
        verify(scheduler).unregisterJobRunner(JobRunnerKey.of("works.async.escalation"));
        // Nothing else: the job stays scheduled for the nodes still running.
        verifyNoMoreInteractions(scheduler);
    }

    @Test
    void aPassIsAnsweredWithSuccessAndWhatItDid() {
        when(job.runOnce()).thenReturn(new EscalationJob.Pass(3, 1, 2));

        JobRunnerResponse response = runner.runJob(mock(JobRunnerRequest.class));

        assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(response.getMessage())
                .isEqualTo("3 notifications planned, 1 reports closed, 2 notifications delivered");
    }

    @Test
    void aFailingPassIsAnsweredWithFailedNotThrown() {
        when(job.runOnce()).thenThrow(new IllegalStateException("store down"));

        JobRunnerResponse response = runner.runJob(mock(JobRunnerRequest.class));

        assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.FAILED);
        assertThat(response.getMessage()).contains("store down").doesNotContain("IllegalStateException");
    }
}
