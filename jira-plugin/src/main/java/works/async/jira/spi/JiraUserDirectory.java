package works.async.jira.spi;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.bc.group.search.GroupPickerSearchService;
import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;

import works.async.plugin.spi.HostUser;
import works.async.plugin.spi.UserDirectory;

/**
 * Jira's people for the SPI. Keys are Jira's String user keys (which SAL's {@link UserKey} wraps unchanged in Jira);
 * user names are matched by Jira itself, case-insensitively. Group members come from Jira's {@link GroupManager}
 * (its {@code getUsersInGroup(String)} is likely, not verified: see the stand-in), active members only. A group is
 * found by name through {@link GroupManager#getGroup(String)} (Crowd matches group names case-insensitively) and by
 * part of its name through {@link GroupPickerSearchService}, as Jira's own group pickers find them (both likely).
 * Searching by part of a name needs Jira's "Browse users" global permission, as Jira's own user picker does.
 */
public final class JiraUserDirectory implements UserDirectory {

    /** Active users only, and no "list everyone" for an empty query; Jira caps the result itself. */
    private static final UserSearchParams ACTIVE_USERS = UserSearchParams.builder()
            .allowEmptyQuery(false).includeActive(true).includeInactive(false).build();

    private final UserManager users;
    private final UserSearchService search;
    private final TimeZoneManager zones;
    private final GroupManager groups;
    private final GroupPickerSearchService groupSearch;
    private final GlobalPermissionManager permissions;

    public JiraUserDirectory(UserManager users, UserSearchService search, TimeZoneManager zones, GroupManager groups,
                             GroupPickerSearchService groupSearch, GlobalPermissionManager permissions) {
        this.users = users;
        this.search = search;
        this.zones = zones;
        this.groups = groups;
        this.groupSearch = groupSearch;
        this.permissions = permissions;
    }

    /** Jira's "Browse users" (USER_PICKER); an unknown or deactivated user may not. */
    @Override
    public boolean maySearch(String userKey) {
        ApplicationUser user = userKey == null ? null : users.getUserByKey(userKey);
        return user != null && user.isActive() && permissions.hasPermission(GlobalPermissionKey.USER_PICKER, user);
    }

    @Override
    public Optional<HostUser> byKey(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(users.getUserByKey(key)).map(this::toHostUser);
    }

    @Override
    public Optional<HostUser> byUsername(String username) {
        return username == null ? Optional.empty()
                : Optional.ofNullable(users.getUserByName(username)).map(this::toHostUser);
    }

    @Override
    public List<HostUser> search(String query, int limit) {
        if (query == null || query.isBlank() || limit <= 0) {
            return List.of();
        }
        // Filtered again and bounded here: the params ask for active users, but the limit cannot be passed on (the
        // builder's maxResults type was not verified), and a deactivated user must never be offered.
        return search.findUsers(query.strip(), ACTIVE_USERS).stream()
                .filter(u -> u != null && u.isActive())
                .limit(limit)
                .map(this::toHostUser)
                .toList();
    }

    /**
     * An unknown group has no members (Jira answers it with an empty collection; null is treated the same). Jira hands
     * back the whole membership, which is why it is cut to {@code limit} here; deactivated members never get mail.
     */
    @Override
    public List<HostUser> groupMembers(String group, int limit) {
        if (group == null || group.isBlank() || limit <= 0) {
            return List.of();
        }
        Collection<ApplicationUser> members = groups.getUsersInGroup(group.strip());
        if (members == null) {
            return List.of();
        }
        return members.stream()
                .filter(u -> u != null && u.isActive())
                .limit(limit)
                .map(this::toHostUser)
                .toList();
    }

    /** The group as Jira spells it (a policy stores what was typed; the picker offers Jira's spelling). */
    @Override
    public Optional<String> group(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(groups.getGroup(name.strip())).map(Group::getName);
    }

    /** Jira answers every match, sorted; only the first {@code limit} are kept. */
    @Override
    public List<String> searchGroups(String query, int limit) {
        if (query == null || query.isBlank() || limit <= 0) {
            return List.of();
        }
        List<Group> found = groupSearch.findGroups(query.strip());
        return found == null ? List.of() : found.stream()
                .filter(g -> g != null && g.getName() != null)
                .map(Group::getName)
                .limit(limit)
                .toList();
    }

    private HostUser toHostUser(ApplicationUser user) {
        return new HostUser(user.getKey(), user.getUsername(), user.getDisplayName(), zoneOf(user));
    }

    /**
     * The profile zone through SAL. Jira's SAL answers a user who set no zone with Jira's default zone (the method is
     * {@code @Nonnull}), so "none" never reaches us as such; a null answer is treated the same way, and UTC is the last
     * resort should the default be missing too.
     */
    private ZoneId zoneOf(ApplicationUser user) {
        TimeZone zone = zones.getUserTimeZone(new UserKey(user.getKey()));
        if (zone == null) {
            zone = zones.getDefaultTimeZone();
        }
        return zone == null ? ZoneOffset.UTC : zone.toZoneId();
    }
}
