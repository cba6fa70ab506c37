package works.async.sandbox.host;

import java.util.List;
import java.util.Optional;

import works.async.plugin.spi.HostUser;
import works.async.plugin.spi.UserDirectory;

/** The host SPI's people, from the sandbox's user table. */
public final class SandboxUserDirectory implements UserDirectory {

    private final UserStore users;

    public SandboxUserDirectory(UserStore users) {
        this.users = users;
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
}
