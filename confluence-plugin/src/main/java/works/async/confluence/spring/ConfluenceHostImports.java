package works.async.confluence.spring;

import static com.atlassian.plugins.osgi.javaconfig.OsgiServices.importOsgiService;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The host services only Confluence's part of the plugin imports: the template renderer its macros and pages render
 * with, and what the plugin's pages need (login page, WebSudo, the page builder).
 */
@Configuration(proxyBeanMethods = false)
public class ConfluenceHostImports {

    @Bean
    public TemplateRenderer templateRenderer() {
        return importOsgiService(TemplateRenderer.class);
    }

    /** For the plugin's pages: where anonymous visitors sign in. */
    @Bean
    public LoginUriProvider loginUriProvider() {
        return importOsgiService(LoginUriProvider.class);
    }

    /** For the administrators' pages: Confluence's secure administrator session (password asked again). */
    @Bean
    public WebSudoManager webSudoManager() {
        return importOsgiService(WebSudoManager.class);
    }

    /** For the plugin's pages: requires their web resource on the page being built. */
    @Bean
    public PageBuilderService pageBuilderService() {
        return importOsgiService(PageBuilderService.class);
    }
}
