package works.async.sandbox.host;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The sandbox's groups, as a product's user directory has them: the products' default groups (every user is in the
 * user groups, administrators also in the administrator groups) and named groups with their members by user key.
 * Group names match case-insensitively, as in Jira's and Confluence's directories; a named member who is not (or no
 * longer) a user is no member.
 */
public final class SandboxGroups {

    static final Set<String> EVERYONE = Set.of("users", "jira-software-users", "jira-users", "confluence-users");
    static final Set<String> ADMINS = Set.of("administrators", "jira-administrators", "confluence-administrators");

    private final UserStore users;
    /** Named groups by lower-case name: the name as spelt and the members' keys. */
    private final Map<String, Map.Entry<String, List<String>>> named = new LinkedHashMap<>();

    /** @param named group name to the user keys of its members */
    public SandboxGroups(UserStore users, Map<String, List<String>> named) {
        this.users = users;
        named.forEach((name, members) -> this.named.put(name.toLowerCase(Locale.ROOT), Map.entry(name, List.copyOf(members))));
    }

    /** The group of this name, as spelt by the directory. */
    public Optional<String> group(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (EVERYONE.contains(lower) || ADMINS.contains(lower)) {
            return Optional.of(lower);
        }
        return Optional.ofNullable(named.get(lower)).map(Map.Entry::getKey);
    }

    /** Group names containing the query (case-insensitive), sorted, at most {@code limit}. */
    public List<String> search(String query, int limit) {
        String q = query == null ? "" : query.toLowerCase(Locale.ROOT);
        TreeMap<String, String> all = new TreeMap<>();
        EVERYONE.forEach(g -> all.put(g, g));
        ADMINS.forEach(g -> all.put(g, g));
        named.forEach((lower, group) -> all.put(lower, group.getKey()));
        return all.entrySet().stream().filter(e -> e.getKey().contains(q)).map(Map.Entry::getValue)
                .limit(Math.max(0, limit)).toList();
    }

    public boolean isMember(SandboxUser user, String group) {
        Optional<String> found = group(group);
        if (user == null || found.isEmpty()) {
            return false;
        }
        String lower = found.get().toLowerCase(Locale.ROOT);
        if (EVERYONE.contains(lower)) {
            return true;
        }
        if (ADMINS.contains(lower)) {
            return user.admin();
        }
        return named.get(lower).getValue().contains(user.key());
    }

    /** The group's members who are users, in user-name order, at most {@code limit}. */
    public List<SandboxUser> members(String group, int limit) {
        List<SandboxUser> members = new ArrayList<>();
        if (group(group).isEmpty()) {
            return members;
        }
        for (SandboxUser user : users.all()) {
            if (members.size() >= limit) {
                break;
            }
            if (isMember(user, group)) {
                members.add(user);
            }
        }
        return members;
    }
}
