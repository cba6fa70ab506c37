package works.async.plugin.reply;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.reply.ReplyChange;
import works.async.core.reply.ReplyOrigin;
import works.async.core.reply.ReplyRequest;
import works.async.core.reply.ReplyService;
import works.async.core.reply.ReplyWindows;
import works.async.core.report.QuestionRef;
import works.async.core.report.ReportService;
import works.async.core.report.ReportStore;
import works.async.core.time.NoWorkingTimeException;
import works.async.plugin.access.Access;
import works.async.plugin.access.Caller;
import works.async.plugin.access.Ids;
import works.async.plugin.access.Participants;
import works.async.plugin.access.People;
import works.async.plugin.access.Tx;
import works.async.plugin.calendar.Calendars;
import works.async.plugin.calendar.ExplicitWindow;
import works.async.plugin.spi.HostItem;

/** Asking for a reply, answering, withdrawing, renegotiating and undoing an automatic request. */
public final class ReplyActions {

    private final ReplyRequestStore store;
    private final ReportStore reports;
    private final ReplyWindowsOf windows;
    private final Calendars calendars;
    private final Access access;
    private final Participants participants;
    private final Caller caller;
    private final Tx tx;
    private final Clock clock;
    /** The item and author of the in-place answer this thread is writing as a comment, while the host stores it. */
    private final ThreadLocal<ItemRef> answeringOn = new ThreadLocal<>();
    private final ThreadLocal<String> answeringAuthor = new ThreadLocal<>();

    public ReplyActions(ReplyRequestStore store, ReportStore reports, ReplyWindowsOf windows, Calendars calendars,
                        Access access, People people, Caller caller, Tx tx, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.windows = Objects.requireNonNull(windows, "windows");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.access = Objects.requireNonNull(access, "access");
        this.participants = new Participants(people, access);
        this.caller = Objects.requireNonNull(caller, "caller");
        this.tx = Objects.requireNonNull(tx, "tx");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The caller asks each recipient (user key or user name) for a reply on the item; the window is
     * {@code workingMinutes} when given, else the policy's window for the item's priority.
     */
    public List<ReplyRequest> ask(ItemRef.Kind kind, String itemKey, List<String> recipients, String question,
                                  Integer workingMinutes) {
        HostItem item = access.visibleItem(kind, itemKey);
        String asker = caller.require();
        List<String> keys = recipientKeys(item, recipients);
        ReplyWindows granted = workingMinutes == null ? windows.of(item) : explicit(workingMinutes);
        try {
            return tx.call(() -> service(item).open(item.ref(), item.itemType(), asker, keys, question,
                    ReplyOrigin.explicit(), item.priority(), granted).requests());
        } catch (NoWorkingTimeException e) {
            // One recipient is sent as "recipient", so the refusal names that field.
            throw recipients.size() == 1 ? e.about("recipient") : e;
        }
    }

    /** One request, if the caller may view its item. */
    public ReplyRequest get(String id) {
        ReplyRequest request = store.findById(id == null ? "" : id).orElseThrow(Access::notFound);
        access.visibleItem(request.item());
        return request;
    }

    /** The caller's own open requests, on items they can still view, soonest due first. */
    public List<ReplyRequest> openForMe() {
        String me = caller.require();
        return store.findOpenByRecipient(me).stream()
                .filter(r -> access.canView(me, r.item()))
                .sorted((a, b) -> a.dueAt().compareTo(b.dueAt()))
                .toList();
    }

    /** The recipient marks the request answered (e.g. replied elsewhere). */
    public ReplyRequest answer(String id) {
        return tx.call(() -> {
            ReplyRequest request = get(id);
            ReplyChange change = service(request).markAnswered(request.id(), caller.require());
            change.requests().forEach(this::linkReportQuestion);
            return change.requests().get(0);
        });
    }

    public ReplyRequest withdraw(String id, String reason) {
        return tx.call(() -> service(get(id)).withdraw(id, caller.require(), reason).requests().get(0));
    }

    public ReplyRequest renegotiate(String id, Instant until) {
        return tx.call(() -> service(get(id)).renegotiate(id, caller.require(), until).requests().get(0));
    }

    /** The asker undoes an automatic (@mention) request: every still open recipient of that question. */
    public List<ReplyRequest> undo(String id) {
        return tx.call(() -> {
            ReplyRequest request = get(id);
            return service(request).undoAutomatic(request.groupId(), caller.require()).requests();
        });
    }

    /** Opens a request without a signed-in caller: automatic @mention requests and report questions. */
    public List<ReplyRequest> openOnBehalf(HostItem item, String asker, List<String> recipients, String question,
                                    ReplyOrigin origin) {
        return tx.call(() -> service(item).open(item.ref(), item.itemType(), asker, recipients, question, origin, item.priority(),
                windows.of(item)).requests());
    }

    /**
     * The recipient answers an open request in place: {@code writeComment} stores the answer as a comment on the
     * request's item (the host publishes its comment event while doing so: Confluence inside
     * {@code addCommentToObject}, the sandbox in its host action) and returns the comment's id, and the request is
     * answered by that comment, once. That event answers nothing else: the comment was written for this one request,
     * not for the author's other open requests on the item. One transaction, so a comment that cannot be stored
     * leaves the request open.
     */
    public ReplyRequest answerWithComment(ReplyRequest request, String author, Supplier<String> writeComment) {
        return tx.call(() -> {
            String commentId;
            answeringOn.set(request.item());
            answeringAuthor.set(author);
            try {
                commentId = writeComment.get();
            } finally {
                answeringOn.remove();
                answeringAuthor.remove();
            }
            ReplyChange change = service(request).answerWithComment(request.id(), author, commentId);
            if (!change.events().isEmpty()) {
                change.requests().forEach(this::linkReportQuestion);
            }
            return change.requests().get(0);
        });
    }

    /**
     * A comment by the author answers their open requests on the item that were opened before it; an in-place
     * answer this thread is writing answers only its own request ({@link #answerWithComment}).
     */
    public List<ReplyRequest> answerByComment(ItemRef item, String author, String commentId) {
        ItemRef answering = answeringOn.get();
        // By kind and key: a page moved to another space since the question keeps its id.
        if (answering != null && answering.kind() == item.kind() && answering.itemKey().equals(item.itemKey())
                && author.equals(answeringAuthor.get())) {
            return List.of();
        }
        return tx.call(() -> {
            List<ReplyRequest> answered = service(item).onComment(item, author, commentId, clock.instant()).requests();
            answered.forEach(this::linkReportQuestion);
            return answered;
        });
    }

    /** An answered report question marks the question answered on the report too. */
    private void linkReportQuestion(ReplyRequest request) {
        if (request.origin().kind() == ReplyOrigin.Kind.REPORT_QUESTION) {
            QuestionRef ref = QuestionRef.parse(request.origin().sourceId());
            new ReportService(reports, calendars.underGlobalPolicy(), clock, Ids::next)
                    .markQuestionAnswered(ref.reportId(), ref.feedbackId());
        }
    }

    private List<String> recipientKeys(HostItem item, List<String> recipients) {
        if (recipients == null || recipients.isEmpty()) {
            throw new DomainException(ErrorCode.REQUIRED, "recipient", "Choose who should reply.");
        }
        return participants.keys(item, recipients, "recipients", "recipients",
                i -> recipients.size() == 1 ? "recipient" : "recipients[" + i + "]");
    }

    private static ReplyWindows explicit(int workingMinutes) {
        return ReplyWindows.of(ExplicitWindow.of(workingMinutes, "workingMinutes"));
    }

    private ReplyService service(HostItem item) {
        return new ReplyService(store, calendars.underItemPolicy(item), clock);
    }

    private ReplyService service(ReplyRequest request) {
        return new ReplyService(store, calendars.underRequestPolicy(request), clock);
    }

    private ReplyService service(ItemRef ref) {
        return new ReplyService(store, calendars.underContainerPolicy(ref), clock);
    }
}
