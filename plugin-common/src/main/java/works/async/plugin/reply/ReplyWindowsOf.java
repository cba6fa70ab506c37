package works.async.plugin.reply;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import works.async.core.policy.EffectivePolicy;
import works.async.core.policy.PolicyService;
import works.async.core.reply.ReplyWindows;
import works.async.plugin.access.Scopes;
import works.async.plugin.spi.HostItem;

/** The reply windows the policy in force on an item grants, as a snapshot taken when a request opens. */
public final class ReplyWindowsOf {

    private final PolicyService policies;

    public ReplyWindowsOf(PolicyService policies) {
        this.policies = Objects.requireNonNull(policies, "policies");
    }

    public ReplyWindows of(HostItem item) {
        EffectivePolicy policy = policies.effective(Scopes.of(item));
        Map<String, Duration> byPriority = new HashMap<>();
        policy.windowsByPriority().forEach((priority, resolved) -> byPriority.put(priority, resolved.value()));
        return ReplyWindows.of(policy.replyWindowFor(null).value(), byPriority);
    }
}
