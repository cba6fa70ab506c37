package works.async.jira.spring;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import works.async.plugin.spring.EscalationJobBeans;
import works.async.plugin.spring.SharedEventImports;
import works.async.plugin.spring.SharedHostImports;
import works.async.plugin.spring.SharedPageImports;
import works.async.plugin.spring.SharedPluginBeans;

/**
 * Root of the Jira plugin's Spring Java config (named in META-INF/spring/plugin-context.xml), one class per purpose:
 * the host services both products import, the Jira services the adapters import, the Jira adapters of the host SPI
 * ({@code UserDirectory}, {@code ItemAccess} and {@code Mailer}), the plugin's shared beans, Jira's own values, and
 * Jira's events and scheduler (the event and scheduler services both products import, Jira's issue event listener and
 * the shared escalation job runner built on them), and what the plugin's pages share.
 *
 * <p>Still to come: the exports (nothing is exported yet).
 */
@Configuration(proxyBeanMethods = false)
@Import({SharedHostImports.class, JiraHostImports.class, JiraAdapters.class, SharedPluginBeans.class,
        JiraPluginBeans.class, SharedEventImports.class, JiraEventBeans.class, EscalationJobBeans.class,
        SharedPageImports.class, JiraWebBeans.class})
public class JiraPluginConfig {
}
