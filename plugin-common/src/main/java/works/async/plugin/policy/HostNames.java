package works.async.plugin.policy;

import java.util.Objects;

import works.async.core.policy.KnownNames;
import works.async.plugin.spi.UserDirectory;

/**
 * The host's users and groups, as a policy save checks the names it is given. A coordinator is named by user name
 * (as people type it, in any case the host accepts) or by user key (as older versions stored it and the form shows it
 * back), so either is known.
 */
public final class HostNames implements KnownNames {

    private final UserDirectory directory;

    public HostNames(UserDirectory directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    @Override
    public boolean isUser(String name) {
        return directory.byUsername(name).isPresent() || directory.byKey(name).isPresent();
    }

    @Override
    public boolean isGroup(String name) {
        return directory.group(name).isPresent();
    }
}
