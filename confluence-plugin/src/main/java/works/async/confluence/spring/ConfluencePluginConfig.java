package works.async.confluence.spring;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import works.async.plugin.spring.EscalationJobBeans;
import works.async.plugin.spring.PageAnswerBeans;
import works.async.plugin.spring.SharedEventImports;
import works.async.plugin.spring.SharedHostImports;
import works.async.plugin.spring.SharedPageImports;
import works.async.plugin.spring.SharedPluginBeans;

/**
 * Root of the Confluence plugin's Spring Java config (named in META-INF/spring/plugin-context.xml), one class per
 * purpose: the host services both products import, the Confluence services the macros, pages and adapters import,
 * the Confluence adapters of the host SPI ({@code UserDirectory}, {@code ItemAccess} and {@code Mailer}), the
 * plugin's shared beans, Confluence's own values, its pages' beans, and Confluence's events and scheduler (the event
 * and scheduler services both products import, Confluence's page event listener and the shared escalation job runner
 * built on them), the page-save listener that keeps the reports of a page's macros in step with its text, and the
 * in-place answers over Confluence's page comments (shared, but imported only by the hosts with pages).
 *
 * <p>Still to come: the exports (nothing is exported yet).
 */
@Configuration(proxyBeanMethods = false)
@Import({SharedHostImports.class, ConfluenceHostImports.class, ConfluenceAdapters.class, SharedPluginBeans.class,
        ConfluencePluginBeans.class, SharedPageImports.class, ConfluenceWebBeans.class, SharedEventImports.class, ConfluenceEventBeans.class,
        EscalationJobBeans.class, ConfluencePageSaveBeans.class, PageAnswerBeans.class})
public class ConfluencePluginConfig {
}
