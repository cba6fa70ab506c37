package works.async.jira.jql;

import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;

/** Mocked Jira issues, users and browse permissions for the function tests. */
final class JiraIssues {

    final IssueManager issueManager = mock(IssueManager.class);
    final PermissionManager permissionManager = mock(PermissionManager.class);

    /** An issue with that key and id which {@code viewers} may browse. */
    MutableIssue issue(String key, long id, ApplicationUser... viewers) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issueManager.getIssueObject(key)).thenReturn(issue);
        for (ApplicationUser viewer : viewers) {
            when(permissionManager.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(issue), eq(viewer)))
                    .thenReturn(true);
        }
        return issue;
    }

    static ApplicationUser user(String key, String name) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getUsername()).thenReturn(name);
        when(user.getName()).thenReturn(name);
        return user;
    }

    static QueryCreationContext searchBy(ApplicationUser searcher) {
        QueryCreationContext context = mock(QueryCreationContext.class);
        when(context.getApplicationUser()).thenReturn(searcher);
        return context;
    }

    static List<Long> ids(List<QueryLiteral> literals) {
        return literals.stream().map(QueryLiteral::getLongValue).toList();
    }
}
