package works.async.jira.spring;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import works.async.plugin.spring.SharedHostImports;
import works.async.plugin.spring.SharedPluginBeans;

/**
 * Root of the Jira plugin's Spring Java config (named in META-INF/spring/plugin-context.xml), one class per purpose:
 * the host services both products import, the plugin's shared beans, Jira's own values, and Jira's events and
 * scheduler (the Jira services they import, the listener and job runner built on them).
 *
 * <p>Still to come, and until then the context cannot start in Jira: the Jira adapters config ({@code UserDirectory},
 * {@code ItemAccess} and {@code Mailer} over Jira's APIs, with the Jira host imports they need), which
 * {@link SharedPluginBeans} requires, and the exports (nothing is exported yet). The wired test supplies those three
 * SPI beans as mocks.
 */
@Configuration(proxyBeanMethods = false)
@Import({SharedHostImports.class, SharedPluginBeans.class, JiraPluginBeans.class, JiraEventImports.class,
        JiraEventBeans.class})
public class JiraPluginConfig {
}
