package works.async.jira.jql;

import java.util.List;
import java.util.Objects;

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

import works.async.core.ItemRef;
import works.async.plugin.ownership.OwnershipRequestStore;

/**
 * {@code issue in ownershipUnconfirmed()}: issues whose current ownership request still waits for the owner's answer,
 * longest waiting first.
 */
public class OwnershipUnconfirmedFunction extends AbstractJqlFunction {

    private final OwnershipRequestStore ownership;
    private final VisibleIssueIds visible;
    private final FunctionMessages messages;

    public OwnershipUnconfirmedFunction(OwnershipRequestStore ownershipStore, IssueManager issueManager,
                                        PermissionManager permissionManager, I18nResolver i18nResolver) {
        this.ownership = Objects.requireNonNull(ownershipStore, "ownershipStore");
        this.visible = new VisibleIssueIds(issueManager, permissionManager);
        this.messages = new FunctionMessages(i18nResolver);
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        return messages.noArguments(operand);
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext context, FunctionOperand operand,
                                        TerminalClause terminalClause) {
        return visible.of(ownership.findItemKeysUnconfirmed(ItemRef.Kind.JIRA_ISSUE, VisibleIssueIds.LIMIT),
                operand, context);
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 0;
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }
}
