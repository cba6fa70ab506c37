package works.async.plugin.report;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.policy.PolicyService;
import works.async.core.reply.ReplyOrigin;
import works.async.core.report.Cadence;
import works.async.core.report.FeedbackKind;
import works.async.core.report.MeetingReport;
import works.async.core.report.ReplacedMeeting;
import works.async.core.report.ReportChange;
import works.async.core.report.ReportEvent;
import works.async.core.report.ReportSeries;
import works.async.core.report.ReportSeriesService;
import works.async.core.report.ReportSeriesService.OccurrenceScheduled;
import works.async.core.report.ReportService;
import works.async.core.report.ReportStore;
import works.async.plugin.access.Access;
import works.async.plugin.access.Caller;
import works.async.plugin.access.Ids;
import works.async.plugin.access.Participants;
import works.async.plugin.access.People;
import works.async.plugin.access.Scopes;
import works.async.plugin.access.Tx;
import works.async.plugin.calendar.Calendars;
import works.async.plugin.calendar.ExplicitWindow;
import works.async.plugin.reply.ReplyActions;
import works.async.plugin.spi.HostItem;
import works.async.plugin.viewreads.ViewReads;

/** Publishing meeting-replacement reports and giving feedback on them; a question opens a reply window for the author. */
public final class ReportActions {

    private final ReportStore store;
    private final PolicyService policies;
    private final ReplyActions replies;
    private final Calendars calendars;
    private final Access access;
    private final Participants participants;
    private final Caller caller;
    private final Tx tx;
    private final ViewReads reads;
    private final Clock clock;

    public ReportActions(ReportStore store, PolicyService policies, ReplyActions replies, Calendars calendars,
                         Access access, People people, Caller caller, Tx tx, ViewReads reads, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.replies = Objects.requireNonNull(replies, "replies");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.access = Objects.requireNonNull(access, "access");
        this.participants = new Participants(people, access);
        this.caller = Objects.requireNonNull(caller, "caller");
        this.tx = Objects.requireNonNull(tx, "tx");
        this.reads = Objects.requireNonNull(reads, "reads");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What a new report says; reviewers are user keys or user names; a null window takes the policy's. */
    public record Draft(ItemRef.Kind kind, String itemKey, String title, String body, ReplacedMeeting meeting,
                        List<String> requiredReviewers, List<String> optionalReviewers, Integer feedbackWindowMinutes) {
    }

    /** The caller publishes a report on an item they can view; every reviewer must be able to view it too. */
    public MeetingReport publish(Draft draft) {
        HostItem item = access.visibleItem(draft.kind(), draft.itemKey());
        String author = caller.require();
        List<String> required = reviewerKeys(item, draft.requiredReviewers(), "requiredReviewers");
        List<String> optional = reviewerKeys(item, draft.optionalReviewers(), "optionalReviewers");
        Duration window = draft.feedbackWindowMinutes() == null
                ? policies.effective(Scopes.of(item)).feedbackWindow() : explicit(draft.feedbackWindowMinutes());
        return tx.call(() -> service(item).publish(item.ref(), draft.title(), draft.body(), draft.meeting(), author,
                required, optional, window).report());
    }

    /** The report, if the caller may view its item. */
    public MeetingReport get(String id) {
        String key = id == null ? "" : id;
        // Once per view: the page's banner and its report macro both show the open report.
        MeetingReport report = reads.once(List.of(ReportActions.class, key), () -> store.findById(key))
                .orElseThrow(Access::notFound);
        access.visibleItem(report.item());
        return report;
    }

    /** A reviewer's feedback; a QUESTION also asks the author for a reply, in the same transaction. */
    public MeetingReport feedback(String id, FeedbackKind kind, String text) {
        if (kind == null) {
            throw new DomainException(ErrorCode.REQUIRED, "kind", "Choose the kind of feedback.");
        }
        return tx.call(() -> {
            MeetingReport report = get(id);
            HostItem item = access.visibleItem(report.item());
            String reviewer = caller.require();
            ReportChange change = service(item).giveFeedback(report.id(), reviewer, kind, text);
            for (ReportEvent event : change.events()) {
                if (event instanceof ReportEvent.QuestionAsked asked) {
                    replies.openOnBehalf(item, reviewer, List.of(report.author()), asked.question().text(),
                            ReplyOrigin.reportQuestion(asked.replyReference().asString()));
                }
            }
            return change.report();
        });
    }

    /** A recurring series to start: where its reports go, the meeting it replaces, how often, and the first date. */
    public record SeriesDraft(ItemRef.Kind kind, String itemKey, ReplacedMeeting meeting, Cadence cadence,
                              LocalDate firstOccurrence) {
    }

    /** The caller starts a series on an item they can view and becomes its author, the one reminded each time. */
    public OccurrenceScheduled startSeries(SeriesDraft draft) {
        HostItem item = access.visibleItem(draft.kind(), draft.itemKey());
        String author = caller.require();
        return tx.call(() -> seriesService(item).start(item.ref(), draft.meeting(), author, draft.cadence(),
                draft.firstOccurrence()));
    }

    /** The series with its next report date and the author's reminder time, if the caller may view its item. */
    public OccurrenceScheduled series(String id) {
        VisibleSeries visible = visibleSeries(id);
        ReportSeries series = visible.series();
        return new OccurrenceScheduled(series, series.nextOccurrence(),
                series.reminderAt(calendars.underItemPolicy(visible.item()).calendarFor(series.author())), clock.instant());
    }

    /** The series, as {@link #series(String)} gives it, or empty if there is none or the caller may not see it. */
    public Optional<OccurrenceScheduled> seriesIfVisible(String id) {
        try {
            return Optional.of(series(id));
        } catch (DomainException e) {
            // Missing, or its item hidden from this viewer: either way a screen shows no series line.
            return Optional.empty();
        }
    }

    /**
     * The author says the occurrence they saw ({@code handled}) is done (published or skipped): the series moves to its
     * next date. A repeat, or a second caller racing on the same date, is refused with {@code series_moved_on}.
     */
    public OccurrenceScheduled advanceSeries(String id, LocalDate handled) {
        return tx.call(() -> {
            VisibleSeries visible = visibleSeries(id);
            if (!visible.series().author().equals(caller.require())) {
                throw new DomainException(ErrorCode.FORBIDDEN, null, "Only the series' author moves it to its next report.");
            }
            return seriesService(visible.item()).advance(visible.series().id(), handled);
        });
    }

    private record VisibleSeries(ReportSeries series, HostItem item) {
    }

    /** The series and its item, or not found alike whether it is missing or its item is hidden from the caller. */
    private VisibleSeries visibleSeries(String id) {
        ReportSeries series = store.findSeries(id == null ? "" : id).orElseThrow(Access::notFound);
        return new VisibleSeries(series, access.visibleItem(series.item()));
    }

    private ReportSeriesService seriesService(HostItem item) {
        return new ReportSeriesService(store, calendars.underItemPolicy(item), clock, Ids::next);
    }

    private List<String> reviewerKeys(HostItem item, List<String> given, String field) {
        if (given == null) {
            return new ArrayList<>();
        }
        return participants.keys(item, given, field, "reviewers", i -> field + "[" + i + "]");
    }

    private static Duration explicit(int minutes) {
        return ExplicitWindow.of(minutes, "feedbackWindowMinutes");
    }

    private ReportService service(HostItem item) {
        return new ReportService(store, calendars.underItemPolicy(item), clock, Ids::next);
    }
}
