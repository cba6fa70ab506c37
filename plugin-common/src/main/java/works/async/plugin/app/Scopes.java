package works.async.plugin.app;

import works.async.core.policy.PolicyScope;
import works.async.plugin.spi.HostItem;

/** Which policy scope applies to a host item: its container narrowed to its issue type. */
final class Scopes {

    private Scopes() {
    }

    static PolicyScope of(HostItem item) {
        return PolicyScope.of(item.ref(), item.itemType());
    }
}
