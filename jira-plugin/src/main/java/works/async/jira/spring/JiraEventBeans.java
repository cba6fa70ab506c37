package works.async.jira.spring;

import java.time.Clock;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.scheduler.SchedulerService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import works.async.jira.events.IssueEventListener;
import works.async.jira.job.EscalationJobRunner;
import works.async.plugin.escalation.EscalationJob;
import works.async.plugin.item.ItemEvents;
import works.async.plugin.spi.ItemAccess;

/**
 * Jira's way into the plugin: its issue events and its scheduler. Both beans hook themselves into Jira while the
 * plugin's context is up: the context calls {@code start} once it has built them and {@code stop} when the plugin is
 * disabled or the node shuts down (named here, so that the classes themselves need no Spring interface).
 */
@Configuration(proxyBeanMethods = false)
public class JiraEventBeans {

    @Bean(initMethod = "start", destroyMethod = "stop")
    public IssueEventListener issueEventListener(EventPublisher eventPublisher, ItemEvents itemEvents,
                                                 ItemAccess itemAccess) {
        return new IssueEventListener(eventPublisher, itemEvents, itemAccess);
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    public EscalationJobRunner escalationJobRunner(SchedulerService schedulerService, EscalationJob escalationJob,
                                                   Clock clock) {
        return new EscalationJobRunner(schedulerService, escalationJob, clock);
    }
}
