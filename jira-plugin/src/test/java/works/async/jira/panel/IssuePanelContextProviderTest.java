package works.async.jira.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import works.async.core.DomainException;
import works.async.plugin.web.Screens;

/**
 * The issue panel in Jira's issue view: Jira passes the viewed issue as {@code issue}; the provider adds that
 * issue's panel, or nothing when there is no issue or the viewer is refused, so the view never shows an error.
 */
class IssuePanelContextProviderTest {

    private static final Object PANEL = new Object();

    private final Screens screens = mock(Screens.class);
    private final IssuePanelContextProvider provider = new IssuePanelContextProvider(screens);

    @Test
    void theIssueJiraPassesGetsItsPanelAndJirasOwnEntriesStay() {
        when(screens.issuePanel("DEMO-1")).thenReturn(new Screens.Rendering(Screens.ISSUE_PANEL, Map.of("panel", PANEL)));
        Issue issue = issue("DEMO-1");

        Map<String, Object> context = provider.getContextMap(jiraContext(issue));

        assertThat(context).containsEntry("panel", PANEL).containsEntry("issue", issue).containsEntry("project", "DEMO");
    }

    @Test
    void withoutAnIssueThereIsNoPanel() {
        Map<String, Object> withoutIssue = new HashMap<>(Map.of("project", "DEMO"));
        Map<String, Object> notAnIssue = new HashMap<>(Map.of("issue", "DEMO-1"));

        assertThat(provider.getContextMap(withoutIssue)).doesNotContainKey("panel").containsEntry("project", "DEMO");
        assertThat(provider.getContextMap(notAnIssue)).doesNotContainKey("panel");
        assertThat(provider.getContextMap(jiraContext(issue(null)))).doesNotContainKey("panel");
        verify(screens, never()).issuePanel(anyString());
    }

    @Test
    void aRefusedViewerGetsNoPanelAndNoError() {
        when(screens.issuePanel("SECRET-1")).thenThrow(DomainException.class);
        Map<String, Object> jira = jiraContext(issue("SECRET-1"));
        jira.put("panel", "left over");

        Map<String, Object> context = provider.getContextMap(jira);

        assertThat(context).doesNotContainKey("panel").containsEntry("project", "DEMO");
    }

    @Test
    void theDescriptorsWebPanelUsesThisProvider() throws IOException {
        String descriptor;
        try (InputStream in = getClass().getResourceAsStream("/atlassian-plugin.xml")) {
            assertThat(in).as("atlassian-plugin.xml on the classpath").isNotNull();
            descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher panel = Pattern.compile("<web-panel key=\"async-work-issue-panel\"[^>]*>.*?<context-provider class=\"([^\"]+)\"",
                Pattern.DOTALL).matcher(descriptor);

        assertThat(panel.find()).as("the issue panel declares a context provider").isTrue();
        assertThat(panel.group(1)).isEqualTo(IssuePanelContextProvider.class.getName());
    }

    private static Issue issue(String key) {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn(key);
        return issue;
    }

    /** What Jira puts in a web panel's context on the issue view (the entries the provider must keep). */
    private static Map<String, Object> jiraContext(Issue issue) {
        Map<String, Object> context = new HashMap<>();
        context.put("issue", issue);
        context.put("project", "DEMO");
        return context;
    }
}
