package works.async.confluence.spring;

import static com.atlassian.plugins.osgi.javaconfig.OsgiServices.importOsgiService;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The host services only Confluence's part of the plugin imports: the template renderer its macros render with, and
 * the event bus its page-save listener registers with.
 */
@Configuration(proxyBeanMethods = false)
public class ConfluenceHostImports {

    @Bean
    public TemplateRenderer templateRenderer() {
        return importOsgiService(TemplateRenderer.class);
    }

    @Bean
    public EventPublisher eventPublisher() {
        return importOsgiService(EventPublisher.class);
    }
}
