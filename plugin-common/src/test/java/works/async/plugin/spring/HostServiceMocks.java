package works.async.plugin.spring;

import static org.mockito.Mockito.mock;

import java.util.List;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.scheduler.SchedulerService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Mockito mocks in place of what a product's plugin context takes from the host, for wired tests. The import beans
 * carry the names of {@link SharedHostImports}' and {@link SharedEventImports}' methods, so that registered after a product's root config they
 * replace its definitions (whose stand-in {@code importOsgiService} throws); a name that drifted would leave the
 * import in place and fail the test at once. The SPI beans a product does not supply yet are mocked apart, by
 * {@link AdapterMocks}.
 */
@Configuration(proxyBeanMethods = false)
public class HostServiceMocks {

    /** Every type this config mocks. */
    public static final List<Class<?>> TYPES = List.of(ActiveObjects.class, UserManager.class, I18nResolver.class,
            EventPublisher.class, SchedulerService.class);

    // --- In place of SharedHostImports (same bean names).

    @Bean
    public ActiveObjects activeObjects() {
        return mock(ActiveObjects.class);
    }

    @Bean
    public UserManager userManager() {
        return mock(UserManager.class);
    }

    @Bean
    public I18nResolver i18nResolver() {
        return mock(I18nResolver.class);
    }

    // --- In place of SharedEventImports (same bean names).

    @Bean
    public EventPublisher eventPublisher() {
        return mock(EventPublisher.class);
    }

    @Bean
    public SchedulerService schedulerService() {
        return mock(SchedulerService.class);
    }
}
