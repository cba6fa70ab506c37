package works.async.core.policy;

import java.time.Duration;
import java.util.Map;

/**
 * Rules for reply windows; a null field inherits from the less specific scope.
 *
 * @param defaultWindow       working time to reply when the item's priority has no window of its own
 * @param windowsByPriority   working time to reply per priority name; each entry overrides only that
 *                            priority, so a project may change "High" and keep the global "Highest"
 * @param autoRequestOnMentionQuestion whether a comment that @mentions someone with a question opens a
 *                            reply request automatically (the asker sees and can undo it)
 * @param reminderFraction    share of the window after which the recipient is reminded, in (0, 1)
 * @param escalationTarget    who is told when a window is breached
 */
public record ReplyPolicy(Duration defaultWindow, Map<String, Duration> windowsByPriority,
                          Boolean autoRequestOnMentionQuestion, Double reminderFraction,
                          EscalationTarget escalationTarget) {

    private static final ReplyPolicy INHERIT = new ReplyPolicy(null, null, null, null, null);

    public ReplyPolicy {
        windowsByPriority = Copies.map(windowsByPriority);
    }

    public static ReplyPolicy inherit() {
        return INHERIT;
    }
}
