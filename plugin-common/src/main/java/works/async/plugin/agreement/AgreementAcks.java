package works.async.plugin.agreement;

import java.time.Instant;
import java.util.Optional;

import works.async.core.policy.PolicyScope.ContainerKind;

/** Port to wherever members' acknowledgements of a project's or space's working agreement are kept. */
public interface AgreementAcks {

    /** When the user acknowledged the container's agreement, if they did. */
    Optional<Instant> acknowledgedAt(ContainerKind kind, String containerKey, String userKey);

    /** How many people acknowledged the container's agreement (one indexed count). */
    long count(ContainerKind kind, String containerKey);

    /** Records the acknowledgement unless there is one; returns the time kept (the first one). */
    Instant acknowledge(ContainerKind kind, String containerKey, String userKey, Instant at);
}
