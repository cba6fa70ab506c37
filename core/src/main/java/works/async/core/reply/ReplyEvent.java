package works.async.core.reply;

import java.time.Instant;
import java.util.Objects;

import works.async.core.DomainEvent;

/** Something that happened to one recipient's reply request; carries the request as it is afterwards. */
public sealed interface ReplyEvent extends DomainEvent {

    ReplyRequest request();

    /** A recipient was asked for a reply. */
    record Requested(ReplyRequest request, Instant at) implements ReplyEvent {
        public Requested { Objects.requireNonNull(request); Objects.requireNonNull(at); }
    }

    /** The recipient replied (comment or explicit mark). */
    record Answered(ReplyRequest request, Instant at) implements ReplyEvent {
        public Answered { Objects.requireNonNull(request); Objects.requireNonNull(at); }
    }

    /** The asker withdrew the request, or undid an automatic one (reason {@code undone}). */
    record Withdrawn(ReplyRequest request, Instant at) implements ReplyEvent {
        public Withdrawn { Objects.requireNonNull(request); Objects.requireNonNull(at); }
    }

    /** The recipient proposed another due time; the asker sees both. */
    record Renegotiated(ReplyRequest request, Instant previousDueAt, Instant at) implements ReplyEvent {
        public Renegotiated { Objects.requireNonNull(request); Objects.requireNonNull(previousDueAt); Objects.requireNonNull(at); }
    }

    /** The recipient's time off changed, so the due time moved. */
    record DueMoved(ReplyRequest request, Instant previousDueAt, Instant at) implements ReplyEvent {
        public DueMoved { Objects.requireNonNull(request); Objects.requireNonNull(previousDueAt); Objects.requireNonNull(at); }
    }
}
