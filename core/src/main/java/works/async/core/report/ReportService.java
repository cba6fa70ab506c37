package works.async.core.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import works.async.core.Bounds;
import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.report.MeetingReport.CloseReason;
import works.async.core.report.MeetingReport.ReportState;
import works.async.core.schedule.CalendarResolver;
import works.async.core.time.NoWorkingTimeException;

/** Publishes meeting-replacement reports, collects reviewer feedback and closes them by rule. */
public final class ReportService {

    private final ReportStore store;
    private final CalendarResolver calendars;
    private final Clock clock;
    private final Supplier<String> ids;

    public ReportService(ReportStore store, CalendarResolver calendars, Clock clock, Supplier<String> ids) {
        this.store = Objects.requireNonNull(store, "store");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * Publishes a report; each reviewer's deadline is the feedback window of working time from
     * now in that reviewer's calendar. Title and body are kept exactly as written.
     */
    public ReportChange publish(ItemRef item, String title, String body, ReplacedMeeting meeting, String author,
                                List<String> requiredReviewers, List<String> optionalReviewers, Duration feedbackWindow) {
        Objects.requireNonNull(item, "item");
        if (author == null || author.isBlank()) {
            throw new DomainException(ErrorCode.REQUIRED, "author", "A report needs an author.");
        }
        if (meeting == null) {
            throw new DomainException(ErrorCode.REQUIRED, "meeting", "Say which meeting this report replaces.");
        }
        requireShown(title, "title");
        requireShown(body, "body");
        // Only new text is checked for control characters: stored reports written before stay readable.
        if (Bounds.nameProblem(title, MeetingReport.MAX_TITLE_LENGTH) == ErrorCode.CONTROL_CHARACTER) {
            throw new DomainException(ErrorCode.CONTROL_CHARACTER, "title", "The title contains a control character.");
        }
        Bounds.requireProse(body, MeetingReport.MAX_BODY_LENGTH, "body");
        if (feedbackWindow == null || feedbackWindow.isNegative() || feedbackWindow.isZero()) {
            throw new DomainException(ErrorCode.INVALID_WINDOW, "feedbackWindow", "The feedback window must be positive.");
        }
        if (requiredReviewers == null || requiredReviewers.isEmpty()) {
            throw new DomainException(ErrorCode.REQUIRED, "requiredReviewers", "Name at least one required reviewer.");
        }
        Set<String> required = distinctReviewers(requiredReviewers, "requiredReviewers", author, Set.of());
        Set<String> optional = distinctReviewers(
                optionalReviewers == null ? List.of() : optionalReviewers, "optionalReviewers", author, required);
        Instant now = clock.instant();
        List<Reviewer> reviewers = new ArrayList<>();
        int i = 0;
        for (String u : required) {
            reviewers.add(Reviewer.of(u, ReviewerRole.REQUIRED, dueFor(u, now, feedbackWindow, "requiredReviewers[" + i++ + "]")));
        }
        i = 0;
        for (String u : optional) {
            reviewers.add(Reviewer.of(u, ReviewerRole.OPTIONAL, dueFor(u, now, feedbackWindow, "optionalReviewers[" + i++ + "]")));
        }
        MeetingReport report = new MeetingReport(ids.get(), item, title, body, meeting, author, reviewers,
                feedbackWindow, now, ReportState.OPEN, null, null, List.of(), 1);
        store.save(report, 0);
        return new ReportChange(report, List.of(new ReportEvent.Published(report, now)));
    }

    /**
     * The author rewrote the report (its page was saved again): title, body, meeting and reviewers change, feedback
     * already given stays. A reviewer who stays keeps their deadline and reminders; one added now gets the report's
     * feedback window from now. A closed report keeps its text as it closed: nothing changes.
     */
    public ReportChange revise(String reportId, String title, String body, ReplacedMeeting meeting,
                               List<String> requiredReviewers, List<String> optionalReviewers) {
        MeetingReport report = load(reportId);
        if (!report.isOpen()) {
            return new ReportChange(report, List.of());
        }
        if (meeting == null) {
            throw new DomainException(ErrorCode.REQUIRED, "meeting", "Say which meeting this report replaces.");
        }
        requireShown(title, "title");
        requireShown(body, "body");
        if (Bounds.nameProblem(title, MeetingReport.MAX_TITLE_LENGTH) == ErrorCode.CONTROL_CHARACTER) {
            throw new DomainException(ErrorCode.CONTROL_CHARACTER, "title", "The title contains a control character.");
        }
        Bounds.requireProse(body, MeetingReport.MAX_BODY_LENGTH, "body");
        if (requiredReviewers == null || requiredReviewers.isEmpty()) {
            throw new DomainException(ErrorCode.REQUIRED, "requiredReviewers", "Name at least one required reviewer.");
        }
        Set<String> required = distinctReviewers(requiredReviewers, "requiredReviewers", report.author(), Set.of());
        Set<String> optional = distinctReviewers(optionalReviewers == null ? List.of() : optionalReviewers,
                "optionalReviewers", report.author(), required);
        Instant now = clock.instant();
        List<Reviewer> reviewers = new ArrayList<>();
        int i = 0;
        for (String u : required) {
            reviewers.add(kept(report, u, ReviewerRole.REQUIRED, now, "requiredReviewers[" + i++ + "]"));
        }
        i = 0;
        for (String u : optional) {
            reviewers.add(kept(report, u, ReviewerRole.OPTIONAL, now, "optionalReviewers[" + i++ + "]"));
        }
        if (report.title().equals(title) && report.body().equals(body) && report.meeting().equals(meeting)
                && report.reviewers().equals(reviewers)) {
            return new ReportChange(report, List.of());
        }
        MeetingReport updated = report.revised(title, body, meeting, reviewers);
        List<ReportEvent> events = new ArrayList<>();
        if (updated.allRequiredResponded()) {
            updated = updated.closed(CloseReason.ALL_REQUIRED_RESPONDED, now, false);
            events.add(new ReportEvent.Closed(updated, OutcomeSummary.of(updated), now));
        }
        store.save(updated, report.version());
        return new ReportChange(updated, events);
    }

    /** The report was taken off its page: feedback closes, what was given stays readable. A repeat changes nothing. */
    public ReportChange withdraw(String reportId) {
        MeetingReport report = load(reportId);
        if (!report.isOpen()) {
            return new ReportChange(report, List.of());
        }
        Instant now = clock.instant();
        MeetingReport closed = report.closed(CloseReason.WITHDRAWN, now, true);
        store.save(closed, report.version());
        return new ReportChange(closed, List.of(new ReportEvent.Closed(closed, OutcomeSummary.of(closed), now)));
    }

    private Reviewer kept(MeetingReport report, String user, ReviewerRole role, Instant now, String field) {
        return report.reviewer(user).filter(r -> r.role() == role)
                .orElseGet(() -> Reviewer.of(user, role, dueFor(user, now, report.feedbackWindow(), field)));
    }

    /**
     * Records a reviewer's feedback. A QUESTION also yields {@link ReportEvent.QuestionAsked} so
     * that a reply request opens for the author; the report closes as soon as every required
     * reviewer has responded. Optional reviewers may still give feedback until their own deadline after that
     * (see {@link MeetingReport#acceptsFeedbackFrom}). Repeating the same feedback (same kind and text) changes nothing.
     */
    public ReportChange giveFeedback(String reportId, String reviewer, FeedbackKind kind, String text) {
        MeetingReport report = load(reportId);
        Objects.requireNonNull(kind, "kind");
        if (report.reviewer(reviewer).isEmpty()) {
            throw new DomainException(ErrorCode.FORBIDDEN, null, "Only the report's reviewers can give feedback.");
        }
        Instant now = clock.instant();
        if (!report.acceptsFeedbackFrom(reviewer, now)) {
            throw new DomainException(ErrorCode.REPORT_CLOSED, null, "Feedback on this report is closed.");
        }
        if (report.feedback().stream().anyMatch(f -> f.repeats(reviewer, kind, text))) {
            return new ReportChange(report, List.of());
        }
        if (kind != FeedbackKind.ACKNOWLEDGE && text != null && Bounds.isBlank(text)) {
            // Null and Java-blank text get the record's own message; this catches text only of invisible characters.
            throw new DomainException(ErrorCode.REQUIRED, "text", "Write your " + kind.name().toLowerCase() + ".");
        }
        Bounds.requireProse(text, Feedback.MAX_TEXT_LENGTH, "text");
        Feedback given = Feedback.of(ids.get(), reviewer, kind, text, now);
        MeetingReport updated = report.withFeedback(given);
        List<ReportEvent> events = new ArrayList<>();
        events.add(new ReportEvent.FeedbackGiven(updated, given, now));
        if (kind == FeedbackKind.QUESTION) {
            events.add(new ReportEvent.QuestionAsked(updated, given, now));
        }
        // An optional reviewer's late feedback lands on a closed report: it closed once, and stays closed.
        if (updated.isOpen() && updated.allRequiredResponded()) {
            updated = updated.closed(CloseReason.ALL_REQUIRED_RESPONDED, now, false);
            events.add(new ReportEvent.Closed(updated, OutcomeSummary.of(updated), now));
        }
        store.save(updated, report.version());
        return new ReportChange(updated, events);
    }

    /** Closes every open report whose last required deadline is at or before {@code now}. */
    public List<ReportEvent> closeIfDue(Instant now) {
        List<ReportEvent> events = new ArrayList<>();
        for (MeetingReport report : store.findOpenClosingBy(now)) {
            if (report.isOpen() && !report.closesAt().isAfter(now)) {
                MeetingReport closed = report.closed(CloseReason.DEADLINE_PASSED, now, true);
                store.save(closed, report.version());
                events.add(new ReportEvent.Closed(closed, OutcomeSummary.of(closed), now));
            }
        }
        return events;
    }

    /**
     * The author answered a reviewer's question (the linked reply request closed). Allowed after
     * the report closed, since answers may come late; a repeat changes nothing.
     */
    public ReportChange markQuestionAnswered(String reportId, String feedbackId) {
        MeetingReport report = load(reportId);
        Feedback question = report.feedback().stream()
                .filter(f -> f.id().equals(feedbackId) && f.kind() == FeedbackKind.QUESTION).findFirst()
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "feedbackId", "No such question on this report."));
        if (question.answered()) {
            return new ReportChange(report, List.of());
        }
        Instant now = clock.instant();
        Feedback answered = question.markAnswered();
        MeetingReport updated = report.withFeedbackReplaced(answered);
        store.save(updated, report.version());
        return new ReportChange(updated, List.of(new ReportEvent.QuestionAnswered(updated, answered, now)));
    }

    /** Records the reminder / escalation level sent to one reviewer; never lowers it. */
    public MeetingReport recordNotified(String reportId, String reviewer, boolean reminded, int escalationLevel) {
        MeetingReport report = load(reportId);
        Reviewer current = report.reviewer(reviewer)
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "reviewer", "Not a reviewer of this report."));
        boolean r = current.reminded() || reminded;
        int level = Math.max(current.escalationLevel(), escalationLevel);
        if (r == current.reminded() && level == current.escalationLevel()) {
            return report;
        }
        MeetingReport updated = report.withReviewer(current.notified(r, level));
        store.save(updated, report.version());
        return updated;
    }

    /** The outcome so far (acknowledgements, open questions, objections, who did not respond). */
    public OutcomeSummary outcome(String reportId) {
        return OutcomeSummary.of(load(reportId));
    }

    /** A reviewer without working time in the engine's horizon is refused by name rather than given no deadline. */
    private Instant dueFor(String reviewer, Instant now, Duration window, String field) {
        try {
            return calendars.calendarFor(reviewer).addWorkingTime(now, window);
        } catch (NoWorkingTimeException e) {
            throw e.about(field);
        }
    }

    private static Set<String> distinctReviewers(List<String> users, String field, String author, Set<String> taken) {
        Set<String> distinct = new LinkedHashSet<>();
        for (int i = 0; i < users.size(); i++) {
            String user = users.get(i);
            String at = field + "[" + i + "]";
            if (Bounds.isBlank(user)) {
                throw new DomainException(ErrorCode.REQUIRED, at, "A reviewer is missing.");
            }
            if (user.equals(author)) {
                throw new DomainException(ErrorCode.INVALID_REVIEWER, at, "You cannot review your own report.");
            }
            if (taken.contains(user)) {
                throw new DomainException(ErrorCode.INVALID_REVIEWER, at, "A reviewer is either required or optional, not both.");
            }
            distinct.add(user);
        }
        return distinct;
    }

    private MeetingReport load(String reportId) {
        return store.findById(reportId == null ? "" : reportId)
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "reportId", "No such report."));
    }

    /**
     * New titles and bodies must show something: the stored report's own check counts only Java whitespace, so a
     * title of a zero-width space would pass it (see {@link Bounds#isBlank}). Null is left to that check.
     */
    private static void requireShown(String text, String field) {
        if (text != null && Bounds.isBlank(text)) {
            throw new DomainException(ErrorCode.REQUIRED, field, "The " + field + " is required.");
        }
    }
}
