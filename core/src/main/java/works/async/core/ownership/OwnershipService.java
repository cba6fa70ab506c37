package works.async.core.ownership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import works.async.core.Bounds;
import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.schedule.CalendarResolver;

/**
 * Opens, confirms, declines, supersedes and withdraws ownership confirmation requests.
 *
 * <p>Transitions are strict: DECLINED, SUPERSEDED and WITHDRAWN are terminal. A confirmed
 * request can only be re-confirmed (a different committed date is an update), superseded when
 * the owner changes, or stay confirmed when the item closes (the agreement was kept, so it is
 * not withdrawn). Repeating the same act is a no-op without events, so double clicks and
 * retried REST calls are harmless.
 */
public final class OwnershipService {

    static final int MAX_REASON_LENGTH = 2000;

    private final OwnershipStore store;
    private final CalendarResolver calendars;
    private final Clock clock;
    private final Supplier<String> ids;

    public OwnershipService(OwnershipStore store, CalendarResolver calendars, Clock clock, Supplier<String> ids) {
        this.store = Objects.requireNonNull(store, "store");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    public OwnershipService(OwnershipStore store, CalendarResolver calendars, Clock clock) {
        this(store, calendars, clock, () -> UUID.randomUUID().toString());
    }

    /**
     * Asks {@code owner} to confirm ownership of the item, due {@code window} of working time
     * from now in the owner's calendar. An active request for another owner is superseded;
     * an active request for the same owner is returned unchanged.
     */
    public OwnershipChange open(ItemRef item, String owner, String requestedBy, Duration window) {
        Objects.requireNonNull(item, "item");
        requireUser(owner, "owner");
        requireUser(requestedBy, "requestedBy");
        if (window == null || window.isNegative() || window.isZero()) {
            throw new DomainException(ErrorCode.INVALID_WINDOW, "window", "The confirmation window must be positive.");
        }
        Instant now = clock.instant();
        List<OwnershipEvent> events = new ArrayList<>();
        Optional<OwnershipRequest> current = store.findCurrent(item).filter(r -> r.state().isActive());
        if (current.isPresent()) {
            OwnershipRequest previous = current.get();
            if (previous.owner().equals(owner)) {
                return OwnershipChange.unchanged(previous);
            }
            OwnershipRequest superseded = previous.ended(OwnershipState.SUPERSEDED, now, null);
            store.save(superseded, previous.version());
            events.add(new OwnershipEvent.Superseded(superseded, owner, now));
        }
        Instant due = calendars.calendarFor(owner).addWorkingTime(now, window);
        OwnershipRequest opened = OwnershipRequest.requested(ids.get(), item, owner, requestedBy, window, now, due);
        store.save(opened, 0);
        events.add(new OwnershipEvent.Requested(opened, now));
        return new OwnershipChange(opened, events);
    }

    /**
     * Confirms ownership, optionally committing to a date (today or later in the owner's zone).
     * {@code actor} must be the owner or one of {@code coordinators} (then recorded as on behalf).
     */
    public OwnershipChange confirm(String requestId, String actor, Set<String> coordinators, LocalDate committedDate) {
        OwnershipRequest request = load(requestId);
        boolean onBehalf = authorize(request, actor, coordinators);
        if (request.state() == OwnershipState.CONFIRMED && Objects.equals(request.committedDate(), committedDate)) {
            return OwnershipChange.unchanged(request);
        }
        Instant now = clock.instant();
        if (committedDate != null) {
            LocalDate today = LocalDate.ofInstant(now, calendars.calendarFor(request.owner()).zone());
            if (committedDate.isBefore(today)) {
                throw new DomainException(ErrorCode.INVALID_DATE, "committedDate", "The committed date cannot be in the past.");
            }
        }
        switch (request.state()) {
            case REQUESTED -> {
                OwnershipRequest confirmed = request.confirmed(actor, onBehalf, committedDate, now);
                store.save(confirmed, request.version());
                return new OwnershipChange(confirmed, List.of(new OwnershipEvent.Confirmed(confirmed, now)));
            }
            case CONFIRMED -> {
                OwnershipRequest updated = request.confirmed(actor, onBehalf, committedDate, now);
                store.save(updated, request.version());
                return new OwnershipChange(updated,
                        List.of(new OwnershipEvent.CommitmentChanged(updated, request.committedDate(), now)));
            }
            default -> throw illegal(request, "confirmed");
        }
    }

    /** Declines ownership; the reason is required and stored exactly as given (not trimmed). */
    public OwnershipChange decline(String requestId, String actor, Set<String> coordinators, String reason) {
        OwnershipRequest request = load(requestId);
        boolean onBehalf = authorize(request, actor, coordinators);
        if (Bounds.isBlank(reason)) {
            throw new DomainException(ErrorCode.REQUIRED, "reason", "Say why you decline.");
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw new DomainException(ErrorCode.TOO_LONG, "reason", "The reason is longer than " + MAX_REASON_LENGTH + " characters.");
        }
        Bounds.requireProse(reason, MAX_REASON_LENGTH, "reason");
        if (request.state() == OwnershipState.DECLINED && reason.equals(request.declineReason())) {
            return OwnershipChange.unchanged(request);
        }
        if (request.state() != OwnershipState.REQUESTED) {
            throw illegal(request, "declined");
        }
        Instant now = clock.instant();
        OwnershipRequest declined = request.declined(actor, onBehalf, reason, now);
        store.save(declined, request.version());
        return new OwnershipChange(declined, List.of(new OwnershipEvent.Declined(declined, now)));
    }

    /**
     * The item was resolved or closed: a request still waiting for an answer is withdrawn, recording that reason
     * ({@link OwnershipRequest#ITEM_RESOLVED}) so that it reads "closed: issue resolved", not as someone's withdrawal.
     * Returns empty when the item has no waiting request.
     */
    public List<OwnershipEvent> close(ItemRef item) {
        return close(item, OwnershipRequest.ITEM_RESOLVED);
    }

    /** A still waiting request is withdrawn for {@code reason} (recorded on it); empty when none waits. */
    public List<OwnershipEvent> close(ItemRef item, String reason) {
        Optional<OwnershipRequest> waiting = store.findCurrent(item).filter(OwnershipRequest::awaitsAnswer);
        if (waiting.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        OwnershipRequest withdrawn = waiting.get().ended(OwnershipState.WITHDRAWN, now, reason);
        store.save(withdrawn, waiting.get().version());
        return List.of(new OwnershipEvent.Withdrawn(withdrawn, now));
    }

    /**
     * Records that the escalation job sent the reminder and/or an escalation level, so the next
     * pass does not send it again. Never lowers what was recorded.
     */
    public OwnershipRequest recordNotified(String requestId, boolean reminded, int escalationLevel) {
        OwnershipRequest request = load(requestId);
        boolean r = request.reminded() || reminded;
        int level = Math.max(request.escalationLevel(), escalationLevel);
        if (r == request.reminded() && level == request.escalationLevel()) {
            return request;
        }
        OwnershipRequest updated = request.notified(r, level);
        store.save(updated, request.version());
        return updated;
    }

    private OwnershipRequest load(String requestId) {
        if (requestId == null) {
            throw new DomainException(ErrorCode.NOT_FOUND, "requestId", "No such ownership request.");
        }
        return store.findById(requestId)
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "requestId", "No such ownership request."));
    }

    /** Returns whether the actor acts on behalf of the owner; refuses anyone else. */
    private static boolean authorize(OwnershipRequest request, String actor, Set<String> coordinators) {
        if (actor != null && actor.equals(request.owner())) {
            return false;
        }
        if (actor != null && coordinators != null && coordinators.contains(actor)) {
            return true;
        }
        throw new DomainException(ErrorCode.FORBIDDEN, null, "Only the owner or a coordinator can answer this request.");
    }

    private static DomainException illegal(OwnershipRequest request, String wanted) {
        return new DomainException(ErrorCode.ILLEGAL_TRANSITION, "state",
                "The request is " + request.state() + " and cannot be " + wanted + ".");
    }

    private static void requireUser(String user, String field) {
        if (user == null || user.isBlank()) {
            throw new DomainException(ErrorCode.REQUIRED, field, "A user is required.");
        }
    }
}
