package works.async.plugin.reply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import works.async.core.ItemRef;
import works.async.core.mention.Mention;
import works.async.core.mention.MentionScanner;
import works.async.core.policy.PolicyService;
import works.async.core.reply.ReplyOrigin;
import works.async.core.reply.ReplyRequest;
import works.async.plugin.access.Access;
import works.async.plugin.access.Scopes;
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.HostUser;
import works.async.plugin.spi.UserDirectory;

/**
 * Opens reply requests guessed from a comment that @mentions someone with a question, when the policy enables it.
 * The guess is explicit: the request shows the sentence that triggered it, and the asker can undo it.
 */
public final class AutoRequests {

    private final PolicyService policies;
    private final ReplyActions replies;
    private final UserDirectory directory;
    private final Access access;

    public AutoRequests(PolicyService policies, ReplyActions replies, UserDirectory directory, Access access) {
        this.policies = Objects.requireNonNull(policies, "policies");
        this.replies = Objects.requireNonNull(replies, "replies");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.access = Objects.requireNonNull(access, "access");
    }

    public List<ReplyRequest> open(HostItem item, String author, String commentId, String text) {
        if (commentId == null || commentId.isBlank() || !policies.effective(Scopes.of(item)).autoRequestOnMentionQuestion()) {
            return List.of();
        }
        MentionScanner scanner = item.ref().kind() == ItemRef.Kind.JIRA_ISSUE
                ? MentionScanner.jiraWiki() : MentionScanner.confluenceStorage();
        // One request group per question sentence, so each recipient sees the sentence they were asked.
        Map<String, List<String>> byQuestion = new LinkedHashMap<>();
        for (Mention mention : scanner.scan(text).mentions()) {
            if (!mention.askedQuestion()) {
                continue;
            }
            resolve(mention).map(HostUser::key)
                    .filter(key -> !key.equals(author) && access.canView(key, item.ref()))
                    .ifPresent(key -> byQuestion.computeIfAbsent(mention.question(), q -> new ArrayList<>()).add(key));
        }
        List<ReplyRequest> opened = new ArrayList<>();
        byQuestion.forEach((question, keys) -> opened.addAll(
                replies.openOnBehalf(item, author, keys, question, ReplyOrigin.automaticMention(commentId))));
        return opened;
    }

    private Optional<HostUser> resolve(Mention mention) {
        String value = mention.user().value();
        return switch (mention.user().kind()) {
            case USERNAME -> directory.byUsername(value);
            case USER_KEY, ACCOUNT_ID -> directory.byKey(value);
        };
    }
}
