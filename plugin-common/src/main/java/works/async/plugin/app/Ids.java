package works.async.plugin.app;

import java.util.UUID;

/** Random ids for new agreements: unique across cluster nodes without coordination. */
final class Ids {

    private Ids() {
    }

    static String next() {
        return UUID.randomUUID().toString();
    }
}
