package works.async.confluence.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import org.junit.jupiter.api.Test;

import works.async.plugin.web.ScreenLinks;

/** The screens' links start where Confluence is served: under a context path such as /confluence, or at the root. */
class ConfluencePluginBeansTest {

    private final ApplicationProperties application = mock(ApplicationProperties.class);

    @Test
    void linksKeepConfluencesContextPathAndLeadToItsProfilePage() {
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/confluence");

        ScreenLinks links = new ConfluencePluginBeans().screenLinks(application);

        assertThat(links.baseUrl()).isEqualTo("/confluence");
        assertThat(links.profileHref()).isEqualTo("/users/viewmyprofile.action");
    }

    @Test
    void aConfluenceAtTheRootLinksFromTheRoot() {
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("");

        assertThat(new ConfluencePluginBeans().screenLinks(application).baseUrl()).isEmpty();
    }
}
