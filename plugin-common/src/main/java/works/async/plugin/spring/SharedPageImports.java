package works.async.plugin.spring;

import static com.atlassian.plugins.osgi.javaconfig.OsgiServices.importOsgiService;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The host services the plugin's own pages ({@code works.async.plugin.page}) need, imported from OSGi: the same SAL
 * and web-resource APIs in Jira and Confluence. Kept apart from the beans built on them so that tests can supply
 * mocks in their place, under the same bean names.
 */
@Configuration(proxyBeanMethods = false)
public class SharedPageImports {

    /** Where anonymous visitors sign in. */
    @Bean
    public LoginUriProvider loginUriProvider() {
        return importOsgiService(LoginUriProvider.class);
    }

    /** The product's secure administrator session (password asked again), for the administrators' pages. */
    @Bean
    public WebSudoManager webSudoManager() {
        return importOsgiService(WebSudoManager.class);
    }

    /** Requires a page's web resource on the page being built. */
    @Bean
    public PageBuilderService pageBuilderService() {
        return importOsgiService(PageBuilderService.class);
    }
}
