package works.async.sandbox.host;

import java.util.List;
import java.util.Optional;

import works.async.plugin.spi.HostUser;
import works.async.plugin.spi.UserDirectory;

/** The host SPI's people, from the sandbox's user table, and its groups ({@link SandboxGroups}). */
public final class SandboxUserDirectory implements UserDirectory {

    private final UserStore users;
    private final SandboxGroups groups;

    public SandboxUserDirectory(UserStore users, SandboxGroups groups) {
        this.users = users;
        this.groups = groups;
    }

    @Override
    public Optional<HostUser> byKey(String key) {
        return users.byKey(key).map(SandboxUser::toHostUser);
    }

    @Override
    public Optional<HostUser> byUsername(String username) {
        return users.byUsername(username).map(SandboxUser::toHostUser);
    }

    @Override
    public List<HostUser> search(String query, int limit) {
        return users.search(query, limit).stream().map(SandboxUser::toHostUser).toList();
    }

    @Override
    public List<HostUser> groupMembers(String group, int limit) {
        return groups.members(group, limit).stream().map(SandboxUser::toHostUser).toList();
    }

    @Override
    public Optional<String> group(String name) {
        return groups.group(name);
    }

    @Override
    public List<String> searchGroups(String query, int limit) {
        return groups.search(query, limit);
    }
}
