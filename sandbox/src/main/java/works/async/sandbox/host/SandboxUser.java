package works.async.sandbox.host;

import java.time.ZoneId;

import works.async.plugin.spi.HostUser;

/** A sandbox user as the host pages and SAL see it. */
public record SandboxUser(String key, String username, String displayName, ZoneId zone, boolean admin) {

    public HostUser toHostUser() {
        return new HostUser(key, username, displayName, zone);
    }
}
