package works.async.core.ownership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import works.async.core.DomainEvent;

/** Something that happened to an ownership request; each carries the request as it is afterwards. */
public sealed interface OwnershipEvent extends DomainEvent {

    /** The request after the change. */
    OwnershipRequest request();

    /** A person was asked to confirm ownership. */
    record Requested(OwnershipRequest request, Instant at) implements OwnershipEvent {
        public Requested { Objects.requireNonNull(request); Objects.requireNonNull(at); }
    }

    /** Ownership was confirmed, by the owner or (onBehalf) by a coordinator. */
    record Confirmed(OwnershipRequest request, Instant at) implements OwnershipEvent {
        public Confirmed { Objects.requireNonNull(request); Objects.requireNonNull(at); }
    }

    /** An already confirmed owner changed the date they commit to. */
    record CommitmentChanged(OwnershipRequest request, LocalDate previousDate, Instant at) implements OwnershipEvent {
        public CommitmentChanged { Objects.requireNonNull(request); Objects.requireNonNull(at); }
    }

    /** Ownership was declined with a reason. */
    record Declined(OwnershipRequest request, Instant at) implements OwnershipEvent {
        public Declined { Objects.requireNonNull(request); Objects.requireNonNull(at); }
    }

    /** The item got a new owner; this request no longer applies. */
    record Superseded(OwnershipRequest request, String newOwner, Instant at) implements OwnershipEvent {
        public Superseded { Objects.requireNonNull(request); Objects.requireNonNull(newOwner); Objects.requireNonNull(at); }
    }

    /** The item was closed while the owner had not answered yet. */
    record Withdrawn(OwnershipRequest request, Instant at) implements OwnershipEvent {
        public Withdrawn { Objects.requireNonNull(request); Objects.requireNonNull(at); }
    }
}
