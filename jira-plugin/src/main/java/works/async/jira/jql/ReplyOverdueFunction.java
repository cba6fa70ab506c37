package works.async.jira.jql;

import java.time.Clock;
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
import works.async.plugin.reply.ReplyRequestStore;

/**
 * {@code issue in replyOverdue()}: issues with an open reply request whose due time (renegotiated, if it was) has
 * passed, longest overdue first. "Now" is the plugin's clock, the one the escalation pass uses.
 */
public class ReplyOverdueFunction extends AbstractJqlFunction {

    private final ReplyRequestStore replies;
    private final Clock clock;
    private final VisibleIssueIds visible;
    private final FunctionMessages messages;

    public ReplyOverdueFunction(ReplyRequestStore replyStore, Clock clock, IssueManager issueManager,
                                PermissionManager permissionManager, I18nResolver i18nResolver) {
        this.replies = Objects.requireNonNull(replyStore, "replyStore");
        this.clock = Objects.requireNonNull(clock, "clock");
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
        return visible.of(replies.findItemKeysOverdue(ItemRef.Kind.JIRA_ISSUE, clock.instant(), VisibleIssueIds.LIMIT),
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
