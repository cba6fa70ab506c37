package works.async.confluence.spring;

import static org.mockito.Mockito.mock;

import java.util.List;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import works.async.plugin.spring.PluginWiringContract;

/**
 * The Confluence plugin's context started from its root config on mocked host services. Mocked: the shared host
 * imports (ActiveObjects, UserManager, I18nResolver), Confluence's own import (TemplateRenderer) and, because the
 * Confluence adapters are not written yet (the next issues), the SPI beans UserDirectory, ItemAccess and Mailer that
 * they will supply.
 */
class ConfluencePluginWiringTest extends PluginWiringContract {

    @Override
    protected String itemPath() {
        return "pages";
    }

    @Override
    protected Class<?> rootConfig() {
        return ConfluencePluginConfig.class;
    }

    @Override
    protected List<Class<?>> productMocks() {
        return List.of(ConfluenceHostMocks.class);
    }

    /** In place of {@link ConfluenceHostImports}, under the same bean name. */
    @Configuration(proxyBeanMethods = false)
    static class ConfluenceHostMocks {

        @Bean
        public TemplateRenderer templateRenderer() {
            return mock(TemplateRenderer.class);
        }

        @Bean
        public EventPublisher eventPublisher() {
            return mock(EventPublisher.class);
        }
    }
}
