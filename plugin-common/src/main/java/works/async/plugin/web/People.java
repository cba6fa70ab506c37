package works.async.plugin.web;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import works.async.plugin.spi.HostUser;
import works.async.plugin.spi.UserDirectory;

/**
 * Looks people up once per screen. A key the host no longer knows (a deleted user) still renders, by its key
 * and in UTC, because an agreement outlives its people and a screen must not fail over it.
 */
public final class People {

    private final UserDirectory directory;
    private final Map<String, Person> seen = new HashMap<>();

    public People(UserDirectory directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    public Person get(String key) {
        if (key == null) {
            return null;
        }
        return seen.computeIfAbsent(key, k -> directory.byKey(k).map(People::of)
                .orElseGet(() -> new Person(k, k, k, ZoneOffset.UTC)));
    }

    public String name(String key) {
        Person person = get(key);
        return person == null ? "" : person.displayName();
    }

    public ZoneId zone(String key) {
        Person person = get(key);
        return person == null ? ZoneOffset.UTC : person.zone();
    }

    public static Person of(HostUser user) {
        return new Person(user.key(), user.username(), user.displayName(), user.zone());
    }
}
