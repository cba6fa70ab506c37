package works.async.confluence.spring;

import com.atlassian.event.api.EventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import works.async.confluence.pagesave.PageSaveListener;
import works.async.plugin.access.Caller;
import works.async.plugin.pagemacro.PageActionItems;
import works.async.plugin.pagemacro.PageReports;

/**
 * Confluence's page saves into the plugin: the listener registers itself on the event bus when the context has built
 * it ({@code start}) and leaves it when the plugin is disabled ({@code stop}).
 */
@Configuration(proxyBeanMethods = false)
public class ConfluencePageSaveBeans {

    @Bean(initMethod = "start", destroyMethod = "stop")
    public PageSaveListener pageSaveListener(EventPublisher eventPublisher, PageReports pageReports,
                                             PageActionItems pageActionItems, Caller caller) {
        return new PageSaveListener(eventPublisher, pageReports, pageActionItems, caller);
    }
}
