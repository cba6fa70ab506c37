package works.async.confluence.spring;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import works.async.confluence.web.ConfluencePages;
import works.async.plugin.access.Access;
import works.async.plugin.access.Caller;
import works.async.plugin.page.Gate;
import works.async.plugin.page.Pages;
import works.async.plugin.rest.Messages;

/**
 * What the plugin's pages share in Confluence: the checks before a page reads anything and the writer of decorated
 * pages. The servlets, the condition and the banner's context provider are not beans: Confluence creates the
 * descriptor's classes through this context, each through its one constructor, from these beans and the shared ones.
 */
@Configuration(proxyBeanMethods = false)
public class ConfluenceWebBeans {

    @Bean
    public Gate gate(Caller caller, Access access, LoginUriProvider loginUriProvider, WebSudoManager webSudoManager) {
        return new Gate(caller, access, loginUriProvider, webSudoManager);
    }

    @Bean
    public Pages confluencePages(TemplateRenderer templateRenderer, PageBuilderService pageBuilderService,
                                 I18nResolver i18nResolver, Messages messages) {
        return ConfluencePages.create(templateRenderer, pageBuilderService, i18nResolver, messages);
    }
}
