package works.async.core.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;

/**
 * A written report that replaces a meeting: the "presentation" body, who must and who may
 * review it, each reviewer's feedback deadline, and the feedback given so far.
 *
 * <p>Feedback lives inside the report (one version for the whole report): reports have few
 * reviewers, the closing rule needs all of them at once, and a rare concurrent-feedback
 * conflict is retried by the caller.
 *
 * @param id             stable id
 * @param item           page (Confluence) or project page (Jira) the report lives on
 * @param title          title as typed
 * @param body           body exactly as written
 * @param meeting        the meeting it replaces
 * @param author         who wrote it (never a reviewer of it)
 * @param reviewers      required then optional reviewers, each with their deadline
 * @param feedbackWindow working time each reviewer has (policy snapshot)
 * @param publishedAt    when feedback was opened
 * @param state          OPEN or CLOSED
 * @param closedAt       when it closed, or null
 * @param closeReason    why it closed, or null
 * @param feedback       feedback in the order given
 * @param version        optimistic-concurrency version, 1 when new
 */
public record MeetingReport(
        String id, ItemRef item, String title, String body, ReplacedMeeting meeting, String author,
        List<Reviewer> reviewers, Duration feedbackWindow, Instant publishedAt, ReportState state,
        Instant closedAt, CloseReason closeReason, List<Feedback> feedback, long version) {

    /** Whether a report is still collecting feedback. */
    public enum ReportState { OPEN, CLOSED }

    /** Why a report closed. */
    public enum CloseReason { ALL_REQUIRED_RESPONDED, DEADLINE_PASSED, WITHDRAWN }

    static final int MAX_TITLE_LENGTH = 255;
    static final int MAX_BODY_LENGTH = 100_000;

    public MeetingReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(feedbackWindow, "feedbackWindow");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(state, "state");
        requireText(title, "title", MAX_TITLE_LENGTH);
        requireText(body, "body", MAX_BODY_LENGTH);
        if (author == null || author.isBlank()) {
            throw new DomainException(ErrorCode.REQUIRED, "author", "A report needs an author.");
        }
        reviewers = List.copyOf(reviewers);
        feedback = List.copyOf(feedback);
        Set<String> seen = new HashSet<>();
        for (Reviewer reviewer : reviewers) {
            if (reviewer.userKey().equals(author) || !seen.add(reviewer.userKey())) {
                throw new IllegalArgumentException("reviewers must be distinct and not the author");
            }
        }
        if (reviewers.stream().noneMatch(Reviewer::isRequired)) {
            throw new DomainException(ErrorCode.REQUIRED, "requiredReviewers", "Name at least one required reviewer.");
        }
        if ((state == ReportState.CLOSED) != (closedAt != null && closeReason != null)) {
            throw new IllegalArgumentException("a closed report records when and why");
        }
        if (version < 1) {
            throw new IllegalArgumentException("version >= 1");
        }
    }

    public Optional<Reviewer> reviewer(String userKey) {
        return reviewers.stream().filter(r -> r.userKey().equals(userKey)).findFirst();
    }

    public boolean isOpen() {
        return state == ReportState.OPEN;
    }

    /**
     * Whether {@code userKey} may give feedback at {@code now}: any reviewer while the report is open; an optional
     * reviewer also after the required reviewers have all responded (or their deadlines passed), until the optional
     * reviewer's own deadline. Closing on the required reviewers must not cut the optional ones short. A report taken
     * off its page accepts nothing.
     */
    public boolean acceptsFeedbackFrom(String userKey, Instant now) {
        Optional<Reviewer> reviewer = reviewer(userKey);
        if (reviewer.isEmpty()) {
            return false;
        }
        if (isOpen()) {
            return true;
        }
        return closeReason != CloseReason.WITHDRAWN && !reviewer.get().isRequired()
                && now.isBefore(reviewer.get().dueAt());
    }

    public boolean hasResponded(String userKey) {
        return feedback.stream().anyMatch(f -> f.reviewer().equals(userKey));
    }

    public boolean allRequiredResponded() {
        return reviewers.stream().filter(Reviewer::isRequired).allMatch(r -> hasResponded(r.userKey()));
    }

    /** The latest required reviewer's deadline: after it the report closes whoever responded. */
    public Instant closesAt() {
        return reviewers.stream().filter(Reviewer::isRequired).map(Reviewer::dueAt)
                .max(Instant::compareTo).orElseThrow();
    }

    MeetingReport withFeedback(Feedback given) {
        List<Feedback> all = new ArrayList<>(feedback);
        all.add(given);
        return new MeetingReport(id, item, title, body, meeting, author, reviewers, feedbackWindow, publishedAt,
                state, closedAt, closeReason, all, version + 1);
    }

    MeetingReport withFeedbackReplaced(Feedback updated) {
        List<Feedback> all = feedback.stream().map(f -> f.id().equals(updated.id()) ? updated : f).toList();
        return new MeetingReport(id, item, title, body, meeting, author, reviewers, feedbackWindow, publishedAt,
                state, closedAt, closeReason, all, version + 1);
    }

    MeetingReport withReviewer(Reviewer updated) {
        List<Reviewer> all = reviewers.stream().map(r -> r.userKey().equals(updated.userKey()) ? updated : r).toList();
        return new MeetingReport(id, item, title, body, meeting, author, all, feedbackWindow, publishedAt,
                state, closedAt, closeReason, feedback, version + 1);
    }

    /** The same report with new text, meeting and reviewers; feedback given so far is kept. */
    MeetingReport revised(String newTitle, String newBody, ReplacedMeeting newMeeting, List<Reviewer> newReviewers) {
        return new MeetingReport(id, item, newTitle, newBody, newMeeting, author, newReviewers, feedbackWindow,
                publishedAt, state, closedAt, closeReason, feedback, version + 1);
    }

    /** Closes without a version bump of its own when chained after another change in the same save. */
    MeetingReport closed(CloseReason reason, Instant at, boolean bumpVersion) {
        return new MeetingReport(id, item, title, body, meeting, author, reviewers, feedbackWindow, publishedAt,
                ReportState.CLOSED, at, reason, feedback, bumpVersion ? version + 1 : version);
    }

    private static void requireText(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            throw new DomainException(ErrorCode.REQUIRED, field, "The " + field + " is required.");
        }
        if (text.length() > max) {
            throw new DomainException(ErrorCode.TOO_LONG, field, "The " + field + " is longer than " + max + " characters.");
        }
    }
}
