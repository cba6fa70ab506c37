package works.async.jira.jql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.operand.FunctionOperand;

/** Turns the issue keys a store answered into the ids of the issues the searcher may browse. */
final class VisibleIssueIds {

    /**
     * At most this many issue keys are read per function call: a JQL function's values become one clause of the
     * search, so an unbounded list would make one query read and check an unbounded number of issues.
     */
    static final int LIMIT = 1000;

    private final IssueManager issueManager;
    private final PermissionManager permissionManager;

    VisibleIssueIds(IssueManager issueManager, PermissionManager permissionManager) {
        this.issueManager = Objects.requireNonNull(issueManager, "issueManager");
        this.permissionManager = Objects.requireNonNull(permissionManager, "permissionManager");
    }

    /**
     * Keys of deleted issues are skipped; a moved issue is found by its old key too, so ids are kept once. A search
     * that overrides security (Jira's own administrative searches) gets every issue, as Jira's functions give it.
     */
    List<QueryLiteral> of(List<String> issueKeys, FunctionOperand operand, QueryCreationContext context) {
        ApplicationUser searcher = context.getApplicationUser();
        boolean everyIssue = context.isSecurityOverriden();
        Set<Long> ids = new LinkedHashSet<>();
        for (String key : issueKeys) {
            Issue issue = issueManager.getIssueObject(key);
            if (issue != null && (everyIssue
                    || permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, searcher))) {
                ids.add(issue.getId());
            }
        }
        List<QueryLiteral> literals = new ArrayList<>(ids.size());
        ids.forEach(id -> literals.add(new QueryLiteral(operand, id)));
        return literals;
    }
}
