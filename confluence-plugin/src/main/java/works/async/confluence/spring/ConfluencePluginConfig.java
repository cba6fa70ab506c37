package works.async.confluence.spring;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import works.async.plugin.spring.SharedHostImports;
import works.async.plugin.spring.SharedPluginBeans;

/**
 * Root of the Confluence plugin's Spring Java config (named in META-INF/spring/plugin-context.xml), one class per
 * purpose: the host services both products import, Confluence's own import (the macros' template renderer), the
 * plugin's shared beans, and Confluence's own values.
 *
 * <p>Still to come, and until then the context cannot start in Confluence: the Confluence adapters config
 * ({@code UserDirectory}, {@code ItemAccess} and {@code Mailer} over Confluence's APIs, with the host imports they
 * need), which {@link SharedPluginBeans} requires, and the exports (nothing is exported yet). The wired test supplies
 * those three SPI beans as mocks.
 */
@Configuration(proxyBeanMethods = false)
@Import({SharedHostImports.class, ConfluenceHostImports.class, SharedPluginBeans.class,
        ConfluencePluginBeans.class, ConfluencePageSaveBeans.class})
public class ConfluencePluginConfig {
}
