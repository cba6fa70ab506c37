package works.async.jira.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import org.junit.jupiter.api.Test;

import works.async.plugin.web.ScreenLinks;

/** The screens' links start where Jira is served: under a context path such as /jira, or at the root. */
class JiraPluginBeansTest {

    private final ApplicationProperties application = mock(ApplicationProperties.class);

    @Test
    void linksStartWithJirasContextPath() {
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");

        ScreenLinks links = new JiraPluginBeans().screenLinks(application);

        assertThat(links.baseUrl()).isEqualTo("/jira");
        assertThat(links.profileHref()).isEqualTo("/secure/ViewProfile.jspa");
    }

    @Test
    void aJiraAtTheRootLinksFromTheRoot() {
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("");

        assertThat(new JiraPluginBeans().screenLinks(application).baseUrl()).isEmpty();
    }
}
