package works.async.plugin.access;

import java.util.UUID;

/** Random ids for new agreements: unique across cluster nodes without coordination. */
public final class Ids {

    private Ids() {
    }

    public static String next() {
        return UUID.randomUUID().toString();
    }
}
