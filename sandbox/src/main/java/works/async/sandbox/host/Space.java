package works.async.sandbox.host;

import java.util.List;

/** A Confluence-like space with its administrators (user keys; the first is its owner). */
public record Space(String key, String name, List<String> admins) {

    public Space {
        admins = List.copyOf(admins);
    }
}
