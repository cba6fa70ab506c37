package works.async.plugin.escalation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import works.async.core.policy.EscalationTarget;
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.UserDirectory;

/** Who hears about a breached window on an item, as the policy names them: reporter, lead or a group's members. */
final class EscalationTargets {

    /** A group escalation goes to a handful of people, not to a whole department. */
    static final int MAX_GROUP_MEMBERS = 50;

    private final UserDirectory directory;

    EscalationTargets(UserDirectory directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    List<String> of(HostItem item, EscalationTarget target, String recipient) {
        Set<String> keys = new LinkedHashSet<>();
        switch (target.kind()) {
            case REPORTER -> add(keys, item.reporter());
            case CONTAINER_LEAD -> add(keys, item.containerLead());
            case GROUP -> directory.groupMembers(target.group(), MAX_GROUP_MEMBERS)
                    .forEach(u -> add(keys, u.key()));
        }
        keys.remove(recipient); // the recipient always gets their own notification anyway
        return List.copyOf(keys);
    }

    private static void add(Set<String> keys, String key) {
        if (key != null && !key.isBlank()) {
            keys.add(key);
        }
    }

}
