package works.async.jira.jql;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.sal.api.message.I18nResolver;

import works.async.core.ItemRef;
import works.async.plugin.reply.ReplyRequestStore;

/**
 * {@code issue in replyOverdue()}: issues with an open reply request whose due time (renegotiated, if it was) has
 * passed, longest overdue first. "Now" is the plugin's clock, the one the escalation pass uses.
 */
public class ReplyOverdueFunction extends NoArgumentIssueFunction {

    private final ReplyRequestStore replies;
    private final Clock clock;

    public ReplyOverdueFunction(ReplyRequestStore replyStore, Clock clock, IssueManager issueManager,
                                PermissionManager permissionManager, I18nResolver i18nResolver) {
        super(issueManager, permissionManager, i18nResolver);
        this.replies = Objects.requireNonNull(replyStore, "replyStore");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    List<String> issueKeys(int limit) {
        return replies.findItemKeysOverdue(ItemRef.Kind.JIRA_ISSUE, clock.instant(), limit);
    }
}
