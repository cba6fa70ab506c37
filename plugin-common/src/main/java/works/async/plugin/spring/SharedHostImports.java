package works.async.plugin.spring;

import static com.atlassian.plugins.osgi.javaconfig.OsgiServices.importOsgiService;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cross-product host services both plugins' shared beans import from OSGi, and only those they use: SAL's
 * TransactionTemplate is not among them (every transaction runs through {@code ActiveObjects}), nor the template
 * renderer (Confluence's macros and Jira's mailer render through it; each product imports it itself). Kept apart from
 * the plugin's own beans so that wired tests can supply mocks in their place, under the same bean names.
 */
@Configuration(proxyBeanMethods = false)
public class SharedHostImports {

    @Bean
    public ActiveObjects activeObjects() {
        return importOsgiService(ActiveObjects.class);
    }

    @Bean
    public UserManager userManager() {
        return importOsgiService(UserManager.class);
    }

    @Bean
    public I18nResolver i18nResolver() {
        return importOsgiService(I18nResolver.class);
    }
}
