package works.async.jira.jql;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.AbstractJqlFunction;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.sal.api.message.I18nResolver;

import works.async.core.ItemRef;
import works.async.plugin.reply.ReplyRequestStore;

/**
 * {@code issue in awaitingReplyFrom(userName)}: issues with an open reply request to that user, soonest due first.
 *
 * <p>JQL hands a function its arguments as strings ({@code FunctionOperand.getArgs()}), never as evaluated
 * functions, so "the searcher" is the argument string {@code currentUser()}: {@code awaitingReplyFrom("currentUser()")}
 * (in any case; without parentheses it is an ordinary user name; whether Jira's parser takes the call unquoted was
 * not checked). For an anonymous searcher it finds nothing.
 */
public class AwaitingReplyFromFunction extends AbstractJqlFunction {

    private final ReplyRequestStore replies;
    private final UserManager userManager;
    private final VisibleIssueIds visible;
    private final FunctionMessages messages;

    public AwaitingReplyFromFunction(ReplyRequestStore replyStore, UserManager jiraUserManager,
                                     IssueManager issueManager, PermissionManager permissionManager,
                                     I18nResolver i18nResolver) {
        this.replies = Objects.requireNonNull(replyStore, "replyStore");
        this.userManager = Objects.requireNonNull(jiraUserManager, "jiraUserManager");
        this.visible = new VisibleIssueIds(issueManager, permissionManager);
        this.messages = new FunctionMessages(i18nResolver);
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        List<String> args = operand.getArgs();
        if (args.size() != 1) {
            return messages.exactlyOneUser(operand);
        }
        if (!isCurrentUser(args.get(0)) && userManager.getUserByName(args.get(0)) == null) {
            return messages.unknownUser(operand, args.get(0));
        }
        return new MessageSetImpl();
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext context, FunctionOperand operand,
                                        TerminalClause terminalClause) {
        if (operand.getArgs().size() != 1) {
            return List.of();
        }
        String arg = operand.getArgs().get(0);
        ApplicationUser recipient = isCurrentUser(arg) ? context.getApplicationUser() : userManager.getUserByName(arg);
        if (recipient == null) {
            return List.of();
        }
        List<String> keys = replies.findItemKeysAwaitingReplyFrom(ItemRef.Kind.JIRA_ISSUE, recipient.getKey(),
                VisibleIssueIds.LIMIT);
        return visible.of(keys, operand, context);
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 1;
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }

    private static boolean isCurrentUser(String arg) {
        return arg.trim().toLowerCase(Locale.ROOT).equals("currentuser()");
    }
}
