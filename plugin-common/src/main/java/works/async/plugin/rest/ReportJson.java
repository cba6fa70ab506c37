package works.async.plugin.rest;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import works.async.core.Bounds;
import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.report.Feedback;
import works.async.core.report.MeetingReport;
import works.async.core.report.OutcomeSummary;
import works.async.core.report.ReplacedMeeting;
import works.async.core.report.Reviewer;
import works.async.plugin.access.People;
import works.async.plugin.report.ReportActions;
import works.async.plugin.spi.HostUser;

/** The JSON of meeting-replacement reports. */
public final class ReportJson {

    private ReportJson() {
    }

    /** A new report on an issue ({@code issue}) or a page ({@code page}); reviewers are user keys or names. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Input(String issue, String page, String title, String body, Meeting meeting,
                        List<String> requiredReviewers, List<String> optionalReviewers, Integer feedbackWindowMinutes) {
    }

    /** The meeting a report replaces; {@code personHours} is filled in on output. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Meeting(String name, Integer usualMinutes, Integer attendees, String personHours) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FeedbackInput(String kind, String text) {
    }

    public record ReviewerBody(String user, String name, String zone, String role, String dueAt, boolean responded) {
    }

    public record FeedbackBody(String id, String reviewer, String reviewerName, String kind, String text, String at,
                               boolean answered) {
    }

    public record Outcome(List<String> acknowledgedBy, int comments, int openQuestions, int answeredQuestions,
                          int objections, List<String> requiredNotResponded, List<String> optionalNotResponded,
                          String personHoursReturned) {
    }

    public record Body(String id, Json.Item item, String title, String body, Meeting meeting, String author,
                       String authorName, String state, String publishedAt, String closesAt, String closedAt,
                       String closeReason, long feedbackWindowMinutes, List<ReviewerBody> reviewers,
                       List<FeedbackBody> feedback, Outcome outcome) {
    }

    static ReportActions.Draft draft(Input in) {
        if (in == null) {
            throw new DomainException(ErrorCode.REQUIRED, null, "A report is required.");
        }
        if ((in.issue() == null) == (in.page() == null)) {
            throw new DomainException(ErrorCode.REQUIRED, "issue", "Name the issue or the page the report is on.");
        }
        ReplacedMeeting meeting = meeting(in.meeting());
        return in.issue() != null
                ? new ReportActions.Draft(ItemRef.Kind.JIRA_ISSUE, in.issue(), in.title(), in.body(), meeting,
                in.requiredReviewers(), in.optionalReviewers(), in.feedbackWindowMinutes())
                : new ReportActions.Draft(ItemRef.Kind.CONFLUENCE_PAGE, in.page(), in.title(), in.body(), meeting,
                in.requiredReviewers(), in.optionalReviewers(), in.feedbackWindowMinutes());
    }

    /** The replaced meeting of a report or a series; required. */
    static ReplacedMeeting meeting(Meeting m) {
        if (m == null) {
            throw new DomainException(ErrorCode.REQUIRED, "meeting", "Say which meeting this replaces.");
        }
        Bounds.requireName(m.name(), Bounds.MAX_NAME, "meeting.name");
        return ReplacedMeeting.of(m.name(), orZero(m.usualMinutes()), orZero(m.attendees()));
    }

    static Meeting meeting(ReplacedMeeting m) {
        return new Meeting(m.name(), m.usualMinutes(), m.attendees(), m.personHoursReturned().toPlainString());
    }

    static Body body(MeetingReport r, People people) {
        OutcomeSummary o = OutcomeSummary.of(r);
        return new Body(r.id(), Views.item(r.item(), null), r.title(), r.body(), meeting(r.meeting()),
                r.author(), name(people, r.author()), r.state().name(), Parse.text(r.publishedAt()),
                Parse.text(r.closesAt()), Parse.text(r.closedAt()),
                r.closeReason() == null ? null : r.closeReason().name(), r.feedbackWindow().toMinutes(),
                r.reviewers().stream().map(v -> reviewer(r, v, people)).toList(),
                r.feedback().stream().map(f -> feedback(f, people)).toList(),
                new Outcome(o.acknowledgedBy(), o.comments().size(), o.openQuestions().size(),
                        o.answeredQuestions().size(), o.objections().size(), o.requiredNotResponded(),
                        o.optionalNotResponded(), o.personHoursReturned().toPlainString()));
    }

    private static ReviewerBody reviewer(MeetingReport r, Reviewer v, People people) {
        Optional<HostUser> user = people.byKey(v.userKey());
        return new ReviewerBody(v.userKey(), user.map(HostUser::displayName).orElse(v.userKey()),
                user.map(u -> u.zone().getId()).orElse(null), v.role().name(), Parse.text(v.dueAt()),
                r.hasResponded(v.userKey()));
    }

    private static FeedbackBody feedback(Feedback f, People people) {
        return new FeedbackBody(f.id(), f.reviewer(), name(people, f.reviewer()), f.kind().name(), f.text(),
                Parse.text(f.at()), f.answered());
    }

    public static String name(People people, String key) {
        return people.byKey(key).map(HostUser::displayName).orElse(key);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
