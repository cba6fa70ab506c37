package works.async.jira.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static works.async.jira.spi.JiraUserDirectoryTest.user;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import works.async.plugin.spi.WorkItem;

class JiraProjectWorkTest {

    private static final Instant NOW = Instant.parse("2026-03-09T10:00:00Z");

    private final SearchService search = mock(SearchService.class);
    private final UserManager users = mock(UserManager.class);
    private final JiraProjectWork work = new JiraProjectWork(search, users, Clock.fixed(NOW, ZoneOffset.UTC));
    private final ApplicationUser anna = user("JIRAUSER10100", "anna", "Anna", true);
    private final ApplicationUser gone = user("JIRAUSER10300", "gone", "Gone", false);
    private final Query query = mock(Query.class);

    @BeforeEach
    void jira() {
        when(users.getUserByKey(anna.getKey())).thenReturn(anna);
        when(users.getUserByKey(gone.getKey())).thenReturn(gone);
        when(search.parseQuery(eq(anna), anyString())).thenReturn(new SearchService.ParseResult(query, new MessageSetImpl()));
    }

    private static Issue issue(String key, String summary, String priority) {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn(key);
        when(issue.getSummary()).thenReturn(summary);
        if (priority != null) {
            Priority p = mock(Priority.class);
            when(p.getName()).thenReturn(priority);
            when(issue.getPriority()).thenReturn(p);
        }
        return issue;
    }

    private void found(Issue... issues) throws SearchException {
        when(search.search(eq(anna), eq(query), any(PagerFilter.class)))
                .thenReturn(new SearchResults<>(List.of(issues), issues.length, issues.length, 0));
    }

    @Test
    void resolvedIssuesAreSearchedAsTheViewerWithARelativeDateRoundedUpToTheMinute() throws SearchException {
        found(issue("DEMO-3", "Translate the emails", "Medium"));

        List<WorkItem> resolved = work.resolvedSince(anna.getKey(), "DEMO", NOW.minusSeconds(7 * 24 * 3600 + 30), 25);

        assertThat(resolved).containsExactly(new WorkItem("DEMO-3", "Translate the emails", "/browse/DEMO-3"));
        verify(search).parseQuery(anna, "project = \"DEMO\" AND resolved >= \"-10081m\" ORDER BY resolved DESC");
    }

    @Test
    void inProgressIsTheInProgressCategoryLessTheBlockedIssues() throws SearchException {
        found(issue("DEMO-1", "Checkout retry", "High"), issue("DEMO-9", "Payments down", "Blocker"),
                issue("DEMO-2", "Search latency", null));

        List<WorkItem> inProgress = work.inProgress(anna.getKey(), "DEMO", 25);

        assertThat(inProgress).extracting(WorkItem::key).containsExactly("DEMO-1", "DEMO-2");
        verify(search).parseQuery(anna,
                "project = \"DEMO\" AND resolution is EMPTY AND statusCategory = \"In Progress\" ORDER BY updated DESC");
    }

    @Test
    void blockedIsUnresolvedWithTheBlockerPriority() throws SearchException {
        found(issue("DEMO-9", "Payments down", "Blocker"));

        assertThat(work.blocked(anna.getKey(), "DEMO", 25)).extracting(WorkItem::key).containsExactly("DEMO-9");
        verify(search).parseQuery(anna,
                "project = \"DEMO\" AND resolution is EMPTY AND priority = \"Blocker\" ORDER BY updated DESC");
    }

    @Test
    void aQueryJiraRefusesOrCannotRunAnswersAnEmptyList() throws SearchException {
        MessageSetImpl errors = new MessageSetImpl();
        errors.addErrorMessage("The value 'Blocker' does not exist for the field 'priority'.");
        when(search.parseQuery(eq(anna), org.mockito.ArgumentMatchers.contains("Blocker")))
                .thenReturn(new SearchService.ParseResult(query, errors));
        when(search.search(eq(anna), eq(query), any(PagerFilter.class))).thenThrow(new SearchException("index down"));

        assertThat(work.blocked(anna.getKey(), "DEMO", 25)).isEmpty();
        assertThat(work.inProgress(anna.getKey(), "DEMO", 25)).isEmpty();
    }

    @Test
    void anUnknownOrDeactivatedViewerSearchesNothing() throws SearchException {
        assertThat(work.inProgress(gone.getKey(), "DEMO", 25)).isEmpty();
        assertThat(work.inProgress("nobody", "DEMO", 25)).isEmpty();
        verify(search, never()).search(any(), any(), any());
    }

    @Test
    void aProjectKeyIsQuotedAsAJqlString() {
        assertThat(JiraProjectWork.inProject("A\"B\\C")).isEqualTo("project = \"A\\\"B\\\\C\"");
    }
}
