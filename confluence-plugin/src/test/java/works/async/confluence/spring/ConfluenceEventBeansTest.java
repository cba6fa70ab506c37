package works.async.confluence.spring;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Clock;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.scheduler.SchedulerService;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import works.async.confluence.events.PageEventListener;
import works.async.plugin.escalation.EscalationJob;
import works.async.plugin.escalation.EscalationJobRunner;
import works.async.plugin.item.ItemEvents;
import works.async.plugin.spi.ItemAccess;
import works.async.plugin.spring.EscalationJobBeans;

/** The plugin's context hooks the listener and the job runner into Confluence when it starts, and out when it closes. */
class ConfluenceEventBeansTest {

    private final EventPublisher publisher = mock(EventPublisher.class);
    private final SchedulerService scheduler = mock(SchedulerService.class);

    @Test
    void startingTheContextRegistersBothAndClosingItUnregistersBoth() throws Exception {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(EventPublisher.class, () -> publisher);
        context.registerBean(SchedulerService.class, () -> scheduler);
        context.registerBean(ItemEvents.class, () -> mock(ItemEvents.class));
        context.registerBean(ItemAccess.class, () -> mock(ItemAccess.class));
        context.registerBean(EscalationJob.class, () -> mock(EscalationJob.class));
        context.registerBean(Clock.class, Clock::systemUTC);
        context.register(ConfluenceEventBeans.class, EscalationJobBeans.class);
        context.refresh();
        PageEventListener listener = context.getBean(PageEventListener.class);
        EscalationJobRunner runner = context.getBean(EscalationJobRunner.class);

        verify(publisher).register(listener);
        verify(scheduler).registerJobRunner(EscalationJobRunner.RUNNER_KEY, runner);
        verify(scheduler).scheduleJob(eq(EscalationJobRunner.JOB_ID), any());
        verify(publisher, never()).unregister(any());

        context.close();

        verify(publisher).unregister(listener);
        verify(scheduler).unregisterJobRunner(EscalationJobRunner.RUNNER_KEY);
    }
}
