package works.async.jira.jql;

import java.util.List;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.AbstractJqlFunction;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.sal.api.message.I18nResolver;

/**
 * A JQL function of no arguments that answers the issues a store query names: the validation, the searcher's
 * permission filter, the limit and the data type are the same for each; only the query differs.
 */
abstract class NoArgumentIssueFunction extends AbstractJqlFunction {

    private final VisibleIssueIds visible;
    private final FunctionMessages messages;

    NoArgumentIssueFunction(IssueManager issueManager, PermissionManager permissionManager,
                            I18nResolver i18nResolver) {
        this.visible = new VisibleIssueIds(issueManager, permissionManager);
        this.messages = new FunctionMessages(i18nResolver);
    }

    /** The keys of the matching issues, at most {@code limit} rows read. */
    abstract List<String> issueKeys(int limit);

    @Override
    public final MessageSet validate(ApplicationUser searcher, FunctionOperand operand,
                                     TerminalClause terminalClause) {
        return messages.noArguments(operand);
    }

    @Override
    public final List<QueryLiteral> getValues(QueryCreationContext context, FunctionOperand operand,
                                              TerminalClause terminalClause) {
        return visible.of(issueKeys(VisibleIssueIds.LIMIT), operand, context);
    }

    @Override
    public final int getMinimumNumberOfExpectedArguments() {
        return 0;
    }

    @Override
    public final JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }
}
