package works.async.plugin.access;

import works.async.core.policy.PolicyScope;
import works.async.plugin.spi.HostItem;

/** Which policy scope applies to a host item: its container narrowed to its issue type. */
public final class Scopes {

    private Scopes() {
    }

    public static PolicyScope of(HostItem item) {
        return PolicyScope.of(item.ref(), item.itemType());
    }
}
