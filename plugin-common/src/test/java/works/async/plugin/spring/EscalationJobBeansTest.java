package works.async.plugin.spring;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Clock;

import com.atlassian.scheduler.SchedulerService;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import works.async.plugin.escalation.EscalationJob;
import works.async.plugin.escalation.EscalationJobRunner;

/** The plugin's context hooks the job runner into the host's scheduler when it starts, and out when it closes. */
class EscalationJobBeansTest {

    private final SchedulerService scheduler = mock(SchedulerService.class);

    @Test
    void startingTheContextRegistersTheRunnerAndSchedulesTheJobAndClosingItUnregistersTheRunner() throws Exception {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(SchedulerService.class, () -> scheduler);
        context.registerBean(EscalationJob.class, () -> mock(EscalationJob.class));
        context.registerBean(Clock.class, Clock::systemUTC);
        context.register(EscalationJobBeans.class);
        context.refresh();
        EscalationJobRunner runner = context.getBean(EscalationJobRunner.class);

        verify(scheduler).registerJobRunner(EscalationJobRunner.RUNNER_KEY, runner);
        verify(scheduler).scheduleJob(eq(EscalationJobRunner.JOB_ID), any());
        verify(scheduler, never()).unregisterJobRunner(any());

        context.close();

        verify(scheduler).unregisterJobRunner(EscalationJobRunner.RUNNER_KEY);
    }
}
