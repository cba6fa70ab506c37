package works.async.sandbox.host;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.DBParam;
import net.java.ao.Query;
import works.async.sandbox.auth.PasswordHasher;

/** Sandbox users and their passwords (hashed). */
public final class UserStore {

    private final ActiveObjects ao;

    public UserStore(ActiveObjects ao) {
        this.ao = ao;
    }

    public SandboxUser create(String key, String username, String displayName, ZoneId zone, boolean admin, String password) {
        RequestCache.forget();
        UserEntity e = ao.create(UserEntity.class,
                new DBParam("USER_KEY", key),
                new DBParam("USERNAME", username.toLowerCase(Locale.ROOT)),
                new DBParam("ZONE", zone.getId()),
                new DBParam("PASSWORD_HASH", PasswordHasher.hash(password)));
        e.setDisplayName(displayName);
        e.setAdmin(admin);
        e.save();
        return toUser(e);
    }

    /** Changes the user's profile time zone, as a person does on their own profile page. */
    public void changeZone(String key, ZoneId zone) {
        RequestCache.forget();
        for (UserEntity e : ao.find(UserEntity.class, Query.select().where("USER_KEY = ?", key))) {
            e.setZone(zone.getId());
            e.save();
        }
    }

    public Optional<SandboxUser> byKey(String key) {
        return key == null ? Optional.empty() : RequestCache.get(new RequestCache.Key("user", key),
                () -> first(ao.find(UserEntity.class, Query.select().where("USER_KEY = ?", key))));
    }

    public Optional<SandboxUser> byUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        String name = username.toLowerCase(Locale.ROOT);
        return RequestCache.get(new RequestCache.Key("username", name),
                () -> first(ao.find(UserEntity.class, Query.select().where("USERNAME = ?", name))));
    }

    /** The user whose name and password match, if any; the hash check runs even for unknown names. */
    public Optional<SandboxUser> authenticate(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        UserEntity[] found = ao.find(UserEntity.class, Query.select().where("USERNAME = ?", username.toLowerCase(Locale.ROOT)));
        String hash = found.length == 0 ? PasswordHasher.DUMMY_HASH : found[0].getPasswordHash();
        boolean ok = PasswordHasher.matches(password, hash);
        return ok && found.length > 0 ? Optional.of(toUser(found[0])) : Optional.empty();
    }

    public List<SandboxUser> all() {
        return Arrays.stream(ao.find(UserEntity.class, Query.select().order("USERNAME"))).map(UserStore::toUser).toList();
    }

    /** Users whose user name or display name contains the query (case-insensitive), at most {@code limit}. */
    public List<SandboxUser> search(String query, int limit) {
        String q = query == null ? "" : query.toLowerCase(Locale.ROOT);
        return all().stream()
                .filter(u -> u.username().contains(q) || u.displayName().toLowerCase(Locale.ROOT).contains(q))
                .limit(Math.max(0, limit)).toList();
    }

    private static Optional<SandboxUser> first(UserEntity[] found) {
        return found.length == 0 ? Optional.empty() : Optional.of(toUser(found[0]));
    }

    private static SandboxUser toUser(UserEntity e) {
        return new SandboxUser(e.getUserKey(), e.getUsername(),
                e.getDisplayName() == null ? e.getUsername() : e.getDisplayName(), ZoneId.of(e.getZone()), e.isAdmin());
    }
}
