package works.async.plugin.spring;

import java.time.Clock;

import com.atlassian.scheduler.SchedulerService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import works.async.plugin.escalation.EscalationJob;
import works.async.plugin.escalation.EscalationJobRunner;

/**
 * The escalation job in the host's scheduler, the same in both products. The runner hooks itself in while the
 * plugin's context is up: the context calls {@code start} once it has built it and {@code stop} when the plugin is
 * disabled or the node shuts down (named here, so that the class itself needs no Spring interface).
 */
@Configuration(proxyBeanMethods = false)
public class EscalationJobBeans {

    @Bean(initMethod = "start", destroyMethod = "stop")
    public EscalationJobRunner escalationJobRunner(SchedulerService schedulerService, EscalationJob escalationJob,
                                                   Clock clock) {
        return new EscalationJobRunner(schedulerService, escalationJob, clock);
    }
}
