package works.async.jira.spring;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import works.async.plugin.spring.SharedHostImports;
import works.async.plugin.spring.SharedPluginBeans;

/**
 * Root of the Jira plugin's Spring Java config (named in META-INF/spring/plugin-context.xml), one class per purpose:
 * the host services both products import, the Jira services the adapters import, the Jira adapters of the host SPI
 * ({@code UserDirectory} and {@code ItemAccess}), the plugin's shared beans, and Jira's own values.
 *
 * <p>Still to come, and until then the context cannot start in Jira: Jira's {@code Mailer} adapter, which
 * {@link SharedPluginBeans} requires, and the exports (nothing is exported yet). The wired test supplies the Mailer as
 * a mock.
 */
@Configuration(proxyBeanMethods = false)
@Import({SharedHostImports.class, JiraHostImports.class, JiraAdapters.class, SharedPluginBeans.class,
        JiraPluginBeans.class})
public class JiraPluginConfig {
}
