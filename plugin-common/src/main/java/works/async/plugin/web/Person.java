package works.async.plugin.web;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Someone named on a screen: shown by display name, with the zone their local times are given in.
 *
 * @param key         stable user key
 * @param username    login name
 * @param displayName full name as the host knows it (user text: escaped by the host like everything else)
 * @param zone        profile zone
 */
public record Person(String key, String username, String displayName, ZoneId zone) {

    public Person {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(zone, "zone");
    }
}
