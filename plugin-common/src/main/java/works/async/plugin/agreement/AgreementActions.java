package works.async.plugin.agreement;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import works.async.core.policy.PolicyScope.ContainerKind;
import works.async.plugin.access.Access;
import works.async.plugin.access.Caller;

/**
 * Members acknowledge the working agreement of a Jira project (whoever may browse it) or a Confluence space (whoever
 * may view it); a container the caller cannot see answers "not found", like an unknown one. Each member sees the day
 * they acknowledged and how many did; who acknowledged is nobody else's business.
 */
public final class AgreementActions {

    private final AgreementAcks acks;
    private final Access access;
    private final Caller caller;
    private final Clock clock;

    public AgreementActions(AgreementAcks acks, Access access, Caller caller, Clock clock) {
        this.acks = Objects.requireNonNull(acks, "acks");
        this.access = Objects.requireNonNull(access, "access");
        this.caller = Objects.requireNonNull(caller, "caller");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** When the caller acknowledged the agreement (if they did) and how many people did. */
    public record AgreementStanding(Optional<Instant> acknowledgedAt, long count) {
    }

    public AgreementStanding standing(ContainerKind kind, String containerKey) {
        String key = access.requireContainerMember(kind, containerKey);
        return new AgreementStanding(acks.acknowledgedAt(kind, key, caller.require()), acks.count(kind, key));
    }

    /** The caller acknowledges the agreement; acknowledging again keeps the first date. */
    public AgreementStanding acknowledge(ContainerKind kind, String containerKey) {
        String key = access.requireContainerMember(kind, containerKey);
        acks.acknowledge(kind, key, caller.require(), clock.instant());
        return standing(kind, key);
    }
}
