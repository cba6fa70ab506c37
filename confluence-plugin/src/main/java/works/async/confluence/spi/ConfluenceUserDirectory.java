package works.async.confluence.spi;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.EntityException;
import com.atlassian.user.Group;
import com.atlassian.user.User;
import com.atlassian.user.search.SearchResult;
import com.atlassian.user.search.page.Pager;
import com.atlassian.user.search.query.FullNameTermQuery;
import com.atlassian.user.search.query.GroupNameTermQuery;
import com.atlassian.user.search.query.MultiTermBooleanQuery;
import com.atlassian.user.search.query.Query;
import com.atlassian.user.search.query.TermQuery;
import com.atlassian.user.search.query.UserNameTermQuery;

import works.async.plugin.spi.HostUser;
import works.async.plugin.spi.UserDirectory;

/**
 * Confluence's people for the SPI, through its {@link UserAccessor}. Keys are Confluence's user keys (SAL's
 * {@link UserKey} string value); user names are matched by Confluence, case-insensitively. A deactivated user
 * ({@code UserAccessor.isDeactivated}) is still found by key or name, as agreements name them, but never offered by a
 * search nor mailed as a group member. The zone is the profile zone through SAL's {@link TimeZoneManager}. Groups are
 * found by name ({@code getGroup}, matched by Confluence's embedded Crowd case-insensitively) and by a group name
 * search, both verified against Confluence 8.7.2.
 */
public final class ConfluenceUserDirectory implements UserDirectory {

    private final UserAccessor users;
    private final TimeZoneManager zones;

    public ConfluenceUserDirectory(UserAccessor users, TimeZoneManager zones) {
        this.users = users;
        this.zones = zones;
    }

    @Override
    public Optional<HostUser> byKey(String key) {
        return key == null || key.isBlank() ? Optional.empty()
                : Optional.ofNullable(users.getUserByKey(new UserKey(key))).map(this::toHostUser);
    }

    @Override
    public Optional<HostUser> byUsername(String username) {
        return username == null || username.isBlank() ? Optional.empty()
                : Optional.ofNullable(users.getUserByName(username.strip())).map(this::toHostUser);
    }

    /**
     * One search of Confluence's directories: user name or full name containing the query (Confluence's embedded
     * Crowd turns the "any of" into an OR restriction). The results are read lazily and only as far as needed; each
     * is looked up by name for its key (the search answers {@link User}s, not {@link ConfluenceUser}s).
     */
    @Override
    public List<HostUser> search(String query, int limit) {
        if (query == null || query.isBlank() || limit <= 0) {
            return List.of();
        }
        String term = query.strip();
        Query<User> byNameOrFullName = MultiTermBooleanQuery.anyOf(
                new UserNameTermQuery(term, TermQuery.SUBSTRING_CONTAINS),
                new FullNameTermQuery(term, TermQuery.SUBSTRING_CONTAINS));
        SearchResult<User> found;
        try {
            found = users.findUsers(byNameOrFullName);
        } catch (EntityException unreadable) {
            // A directory that cannot be searched offers nobody; the person picker shows "no match".
            return List.of();
        }
        return found == null || found.pager() == null ? List.of() : activeUsers(found.pager().iterator(), limit);
    }

    /**
     * The group's members by name, read lazily up to {@code limit} active members: Confluence's
     * {@code getMembers(Group)} would resolve the whole group first. An unknown group has no members.
     */
    @Override
    public List<HostUser> groupMembers(String group, int limit) {
        if (group == null || group.isBlank() || limit <= 0) {
            return List.of();
        }
        Group found = users.getGroup(group.strip());
        Pager<String> names = found == null ? null : users.getMemberNames(found);
        if (names == null) {
            return List.of();
        }
        List<HostUser> members = new ArrayList<>();
        for (String name : names) {
            ConfluenceUser user = name == null ? null : users.getUserByName(name);
            if (user != null && !users.isDeactivated(user)) {
                members.add(toHostUser(user));
                if (members.size() == limit) {
                    break;
                }
            }
        }
        return members;
    }

    /** The group as Confluence spells it (a policy stores what was typed; the picker offers Confluence's spelling). */
    @Override
    public Optional<String> group(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(users.getGroup(name.strip())).map(Group::getName);
    }

    /** One search on the group name, read lazily up to {@code limit}; a directory that cannot be searched offers none. */
    @Override
    public List<String> searchGroups(String query, int limit) {
        if (query == null || query.isBlank() || limit <= 0) {
            return List.of();
        }
        SearchResult<Group> found;
        try {
            found = users.findGroups(new GroupNameTermQuery(query.strip(), TermQuery.SUBSTRING_CONTAINS));
        } catch (EntityException unreadable) {
            return List.of();
        }
        if (found == null || found.pager() == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Group group : found.pager()) {
            if (group != null && group.getName() != null && seen.add(group.getName())) {
                names.add(group.getName());
                if (names.size() == limit) {
                    break;
                }
            }
        }
        return names;
    }

    private List<HostUser> activeUsers(Iterator<User> results, int limit) {
        List<HostUser> active = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (results.hasNext() && active.size() < limit) {
            User user = results.next();
            ConfluenceUser known = user == null || !seen.add(user.getName()) ? null : users.getUserByName(user.getName());
            if (known != null && !users.isDeactivated(known)) {
                active.add(toHostUser(known));
            }
        }
        return active;
    }

    private HostUser toHostUser(ConfluenceUser user) {
        return new HostUser(user.getKey().getStringValue(), user.getName(), user.getFullName(), zoneOf(user.getKey()));
    }

    /**
     * The profile zone through SAL, Confluence's default zone for a user who set none (SAL's answer is
     * {@code @Nonnull}; a null is treated the same way), and UTC should the default be missing too.
     */
    private ZoneId zoneOf(UserKey key) {
        TimeZone zone = zones.getUserTimeZone(key);
        if (zone == null) {
            zone = zones.getDefaultTimeZone();
        }
        return zone == null ? ZoneOffset.UTC : zone.toZoneId();
    }
}
