package works.async.core.reply;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.schedule.CalendarResolver;
import works.async.core.time.NoWorkingTimeException;

/**
 * Opens reply requests and records the recipient's reply, the asker's withdrawal and the
 * recipient's renegotiation; due times are counted in each recipient's working calendar.
 */
public final class ReplyService {

    private final ReplyStore store;
    private final CalendarResolver calendars;
    private final Clock clock;
    private final Supplier<String> ids;

    public ReplyService(ReplyStore store, CalendarResolver calendars, Clock clock, Supplier<String> ids) {
        this.store = Objects.requireNonNull(store, "store");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    public ReplyService(ReplyStore store, CalendarResolver calendars, Clock clock) {
        this(store, calendars, clock, () -> UUID.randomUUID().toString());
    }

    /**
     * Asks each recipient (duplicates ignored) for a reply, due the priority's window of working
     * time from now in that recipient's calendar. The question is stored exactly as sent.
     *
     * @param itemType the item's type whose policy this service's calendars follow (remembered on each request, so
     *                 a later recomputation counts in the same calendar), or null for the container's policy
     */
    public ReplyChange open(ItemRef item, String itemType, String asker, List<String> recipients, String question,
                            ReplyOrigin origin, String priority, ReplyWindows windows) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(windows, "windows");
        ReplyInput.checkQuestion(asker, question);
        Set<String> distinct = ReplyInput.distinctRecipients(asker, recipients);
        Duration window = windows.windowFor(priority);
        Instant now = clock.instant();
        String groupId = ids.get();
        List<ReplyRequest> opened = new ArrayList<>();
        List<ReplyEvent> events = new ArrayList<>();
        int index = 0;
        for (String recipient : distinct) {
            Instant due = dueFor(recipient, now, window, "recipients[" + index++ + "]");
            ReplyRequest request = ReplyRequest.open(ids.get(), groupId, item, itemType, asker, recipient, question,
                    origin, window, now, due);
            store.save(request, 0);
            opened.add(request);
            events.add(new ReplyEvent.Requested(request, now));
        }
        return new ReplyChange(opened, events);
    }

    /** The recipient's due time; a calendar without working time is refused naming that recipient. */
    private Instant dueFor(String recipient, Instant now, Duration window, String field) {
        try {
            return calendars.calendarFor(recipient).addWorkingTime(now, window);
        } catch (NoWorkingTimeException e) {
            throw e.about(field);
        }
    }

    /**
     * A comment was posted: every open request on the item addressed to its author and opened
     * before the comment counts as answered by it.
     */
    public ReplyChange onComment(ItemRef item, String author, String commentId, Instant commentedAt) {
        List<ReplyRequest> closed = new ArrayList<>();
        List<ReplyEvent> events = new ArrayList<>();
        for (ReplyRequest request : store.findOpenByItemAndRecipient(item, author)) {
            if (commentedAt.isAfter(request.openedAt())) {
                ReplyRequest answered = request.answered(author, commentId, commentedAt);
                store.save(answered, request.version());
                closed.add(answered);
                events.add(new ReplyEvent.Answered(answered, commentedAt));
            }
        }
        return new ReplyChange(closed, events);
    }

    /** The recipient says the question is answered (e.g. replied elsewhere). */
    public ReplyChange markAnswered(String requestId, String actor) {
        ReplyRequest request = load(requestId);
        requireRecipient(request, actor);
        if (request.state() == ReplyState.ANSWERED) {
            return ReplyChange.unchanged(request);
        }
        requireOpen(request, "answered");
        Instant now = clock.instant();
        ReplyRequest answered = request.answered(actor, null, now);
        store.save(answered, request.version());
        return ReplyChange.of(answered, new ReplyEvent.Answered(answered, now));
    }

    /**
     * The recipient answered in place with a comment the host has just stored: the request is answered by that
     * comment. Answering it again with the same comment changes nothing (the host's comment event may report it too);
     * a request that is no longer open otherwise is refused, so an answer is recorded once.
     */
    public ReplyChange answerWithComment(String requestId, String actor, String commentId) {
        if (commentId == null || commentId.isBlank()) {
            throw new IllegalArgumentException("the comment that answers needs an id");
        }
        ReplyRequest request = load(requestId);
        requireRecipient(request, actor);
        if (request.state() == ReplyState.ANSWERED && commentId.equals(request.answerCommentId())) {
            return ReplyChange.unchanged(request);
        }
        requireOpen(request, "answered");
        Instant now = clock.instant();
        ReplyRequest answered = request.answered(actor, commentId, now);
        store.save(answered, request.version());
        return ReplyChange.of(answered, new ReplyEvent.Answered(answered, now));
    }

    /** The asker withdraws one recipient's request; the reason (optional) is stored as given. */
    public ReplyChange withdraw(String requestId, String actor, String reason) {
        ReplyRequest request = load(requestId);
        if (!request.asker().equals(actor)) {
            throw new DomainException(ErrorCode.FORBIDDEN, null, "Only the person who asked can withdraw the request.");
        }
        ReplyInput.checkReason(reason);
        if (request.state() == ReplyState.WITHDRAWN) {
            return ReplyChange.unchanged(request);
        }
        requireOpen(request, "withdrawn");
        Instant now = clock.instant();
        ReplyRequest withdrawn = request.withdrawn(actor, reason, now);
        store.save(withdrawn, request.version());
        return ReplyChange.of(withdrawn, new ReplyEvent.Withdrawn(withdrawn, now));
    }

    /**
     * The asker undoes an automatic (@mention) request: every still open recipient of that
     * question is withdrawn with reason {@code undone}; already answered ones stay answered.
     */
    public ReplyChange undoAutomatic(String groupId, String actor) {
        List<ReplyRequest> group = store.findByGroup(groupId);
        if (group.isEmpty()) {
            throw new DomainException(ErrorCode.NOT_FOUND, "groupId", "No such reply request.");
        }
        if (!group.get(0).asker().equals(actor)) {
            throw new DomainException(ErrorCode.FORBIDDEN, null, "Only the person who asked can undo the request.");
        }
        if (group.get(0).origin().kind() != ReplyOrigin.Kind.AUTOMATIC_MENTION) {
            throw new DomainException(ErrorCode.NOT_AUTOMATIC, "origin", "Only automatic requests can be undone; withdraw it instead.");
        }
        Instant now = clock.instant();
        List<ReplyRequest> undone = new ArrayList<>();
        List<ReplyEvent> events = new ArrayList<>();
        for (ReplyRequest request : group) {
            if (request.isOpen()) {
                ReplyRequest withdrawn = request.withdrawn(actor, ReplyRequest.UNDONE, now);
                store.save(withdrawn, request.version());
                undone.add(withdrawn);
                events.add(new ReplyEvent.Withdrawn(withdrawn, now));
            }
        }
        return new ReplyChange(undone, events);
    }

    /** The recipient proposes a new due time, which must be in the future; the original stays visible. */
    public ReplyChange renegotiate(String requestId, String actor, Instant newDueAt) {
        ReplyRequest request = load(requestId);
        requireRecipient(request, actor);
        requireOpen(request, "renegotiated");
        Instant now = clock.instant();
        if (newDueAt == null || !newDueAt.isAfter(now)) {
            throw new DomainException(ErrorCode.INVALID_DUE, "until", "The new time must be in the future.");
        }
        if (newDueAt.equals(request.renegotiatedDueAt())) {
            return ReplyChange.unchanged(request);
        }
        ReplyRequest renegotiated = request.renegotiated(newDueAt);
        store.save(renegotiated, request.version());
        return ReplyChange.of(renegotiated, new ReplyEvent.Renegotiated(renegotiated, request.dueAt(), now));
    }

    /**
     * The recipient's time off changed: recomputes the original due time of their open requests
     * that were not renegotiated, from the stored window (policy changes do not apply), each in the
     * recipient's current calendar under the policy the request was opened under (its project's or
     * issue type's hours and holidays, not this service's). Returns an event per request whose due
     * time moved.
     *
     * @param calendarsOfRequest the calendars under the policy scope a request was opened in
     */
    public ReplyChange recomputeForTimeOff(String recipient, Function<ReplyRequest, CalendarResolver> calendarsOfRequest) {
        Objects.requireNonNull(calendarsOfRequest, "calendarsOfRequest");
        Instant now = clock.instant();
        List<ReplyRequest> moved = new ArrayList<>();
        List<ReplyEvent> events = new ArrayList<>();
        for (ReplyRequest request : store.findOpenByRecipient(recipient)) {
            if (request.isRenegotiated()) {
                continue; // the recipient already chose a time knowing their plans
            }
            Instant due = calendarsOfRequest.apply(request).calendarFor(recipient)
                    .addWorkingTime(request.openedAt(), request.window());
            if (!due.equals(request.originalDueAt())) {
                ReplyRequest updated = request.originalDueMoved(due);
                store.save(updated, request.version());
                moved.add(updated);
                events.add(new ReplyEvent.DueMoved(updated, request.originalDueAt(), now));
            }
        }
        return new ReplyChange(moved, events);
    }

    /** Records the reminder / escalation level the escalation job sent; never lowers it. */
    public ReplyRequest recordNotified(String requestId, boolean reminded, int escalationLevel) {
        ReplyRequest request = load(requestId);
        boolean r = request.reminded() || reminded;
        int level = Math.max(request.escalationLevel(), escalationLevel);
        if (r == request.reminded() && level == request.escalationLevel()) {
            return request;
        }
        ReplyRequest updated = request.notified(r, level);
        store.save(updated, request.version());
        return updated;
    }

    private ReplyRequest load(String requestId) {
        return store.findById(requestId == null ? "" : requestId)
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "requestId", "No such reply request."));
    }

    private static void requireRecipient(ReplyRequest request, String actor) {
        if (!request.recipient().equals(actor)) {
            throw new DomainException(ErrorCode.FORBIDDEN, null, "Only the person asked can do this.");
        }
    }

    private static void requireOpen(ReplyRequest request, String wanted) {
        if (!request.isOpen()) {
            throw new DomainException(ErrorCode.ILLEGAL_TRANSITION, "state",
                    "The request is " + request.state() + " and cannot be " + wanted + ".");
        }
    }
}
