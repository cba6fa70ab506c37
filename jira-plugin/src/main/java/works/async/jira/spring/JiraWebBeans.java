package works.async.jira.spring;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import works.async.jira.web.JiraPages;
import works.async.plugin.access.Access;
import works.async.plugin.access.Caller;
import works.async.plugin.page.Gate;
import works.async.plugin.page.Pages;
import works.async.plugin.rest.Messages;

/**
 * What the plugin's pages share: the checks before a page reads anything and the writer of decorated pages. The
 * servlets and the web-item condition themselves are not beans: Jira creates the descriptor's classes through this
 * context, each through its one constructor, from these beans and the shared ones.
 */
@Configuration(proxyBeanMethods = false)
public class JiraWebBeans {

    @Bean
    public Gate gate(Caller caller, Access access, LoginUriProvider loginUriProvider, WebSudoManager webSudoManager) {
        return new Gate(caller, access, loginUriProvider, webSudoManager);
    }

    @Bean
    public Pages jiraPages(TemplateRenderer templateRenderer, PageBuilderService pageBuilderService,
                               I18nResolver i18nResolver, Messages messages) {
        return JiraPages.create(templateRenderer, pageBuilderService, i18nResolver, messages);
    }
}
