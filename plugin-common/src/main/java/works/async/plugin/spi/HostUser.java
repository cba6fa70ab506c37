package works.async.plugin.spi;

import java.time.ZoneId;
import java.util.Objects;

/**
 * A person as the host knows them; the zone comes from the host profile because the product never asks for it.
 *
 * @param key         stable user key (what every agreement stores)
 * @param username    login name (what @mentions and the UI use)
 * @param displayName full name for display
 * @param zone        profile time zone; hosts give their default zone to users who set none
 */
public record HostUser(String key, String username, String displayName, ZoneId zone) {

    public HostUser {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(zone, "zone");
        displayName = displayName == null ? username : displayName;
    }
}
