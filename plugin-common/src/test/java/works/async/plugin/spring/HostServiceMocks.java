package works.async.plugin.spring;

import static org.mockito.Mockito.mock;

import java.util.List;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import works.async.plugin.spi.ItemAccess;
import works.async.plugin.spi.Mailer;
import works.async.plugin.spi.UserDirectory;

/**
 * Mockito mocks in place of what a product's plugin context takes from the host, for wired tests. The import beans
 * carry the names of {@link SharedHostImports}' methods, so that registered after a product's root config they
 * replace its definitions (whose stand-in {@code importOsgiService} throws); a name that drifted would leave the
 * import in place and fail the test at once. The three SPI beans stand in for the product adapters, which are not
 * written yet (the next issues): until they are, a product's root config does not define them.
 */
@Configuration(proxyBeanMethods = false)
public class HostServiceMocks {

    /** Every type this config mocks. */
    public static final List<Class<?>> TYPES = List.of(ActiveObjects.class, UserManager.class, I18nResolver.class,
            UserDirectory.class, ItemAccess.class, Mailer.class);

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

    // --- In place of the product adapters still to come.

    @Bean
    public UserDirectory userDirectory() {
        return mock(UserDirectory.class);
    }

    @Bean
    public ItemAccess itemAccess() {
        return mock(ItemAccess.class);
    }

    @Bean
    public Mailer mailer() {
        return mock(Mailer.class);
    }
}
