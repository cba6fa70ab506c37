package works.async.plugin.ao;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import works.async.core.report.Cadence;
import works.async.core.report.Feedback;
import works.async.core.report.FeedbackKind;
import works.async.core.report.MeetingReport;
import works.async.core.report.ReplacedMeeting;
import works.async.core.report.ReportSeries;
import works.async.core.report.Reviewer;
import works.async.core.report.ReviewerRole;
import works.async.plugin.followup.Followup;
import works.async.plugin.report.ReportSummary;

/** Report, reviewer, feedback and series records to columns and back. */
final class ReportMapping {

    private ReportMapping() {
    }

    static MeetingReport toRecord(ReportEntity e, List<Reviewer> reviewers, List<Feedback> feedback) {
        return new MeetingReport(e.getId(), Columns.item(e.getItemKind(), e.getContainerKey(), e.getItemKey()),
                e.getTitle(), e.getBody(), ReplacedMeeting.of(e.getMeetingName(), e.getMeetingMinutes(), e.getMeetingAttendees()),
                e.getAuthor(), reviewers, Duration.ofMillis(e.getWindowMillis()), Columns.instant(e.getPublishedAt()),
                MeetingReport.ReportState.valueOf(e.getState()), Columns.instant(e.getClosedAt()),
                e.getCloseReason() == null ? null : MeetingReport.CloseReason.valueOf(e.getCloseReason()),
                feedback, e.getVersion());
    }

    static ReportSummary toSummary(ReportEntity e) {
        return new ReportSummary(e.getId(), e.getTitle(), e.getAuthor(), Columns.instant(e.getPublishedAt()),
                Columns.instant(e.getClosesAt()), MeetingReport.ReportState.valueOf(e.getState()), e.getVersion());
    }

    static Reviewer toReviewer(ReportReviewerEntity e) {
        return new Reviewer(e.getUserKey(), ReviewerRole.valueOf(e.getRole()), Columns.instant(e.getDueAt()),
                e.isReminded(), e.getEscalationLevel());
    }

    static Feedback toFeedback(ReportFeedbackEntity e) {
        return new Feedback(e.getFeedbackId(), e.getReviewer(), FeedbackKind.valueOf(e.getKind()), e.getText(),
                Columns.instant(e.getGivenAt()), e.isAnswered());
    }

    static Map<String, Object> columns(MeetingReport r) {
        Map<String, Object> c = new HashMap<>();
        c.put("ID", r.id());
        c.put("ITEM_KIND", r.item().kind().name());
        c.put("CONTAINER_KEY", r.item().containerKey());
        c.put("ITEM_KEY", r.item().itemKey());
        c.put("TITLE", r.title());
        c.put("BODY", r.body());
        c.put("MEETING_NAME", r.meeting().name());
        c.put("MEETING_MINUTES", r.meeting().usualMinutes());
        c.put("MEETING_ATTENDEES", r.meeting().attendees());
        c.put("AUTHOR", r.author());
        c.put("WINDOW_MILLIS", r.feedbackWindow().toMillis());
        c.put("PUBLISHED_AT", r.publishedAt().toEpochMilli());
        c.put("STATE", r.state().name());
        c.put("CLOSED_AT", Columns.millis(r.closedAt()));
        c.put("CLOSE_REASON", r.closeReason() == null ? null : r.closeReason().name());
        c.put("CLOSES_AT", r.closesAt().toEpochMilli());
        c.put("VERSION", r.version());
        return c;
    }

    /** Title and body stay editable in the record, so every column but the id is rewritten. */
    static void applyChanges(ReportEntity e, MeetingReport r) {
        e.setTitle(r.title());
        e.setBody(r.body());
        e.setMeetingName(r.meeting().name());
        e.setMeetingMinutes(r.meeting().usualMinutes());
        e.setMeetingAttendees(r.meeting().attendees());
        e.setState(r.state().name());
        e.setClosedAt(Columns.millis(r.closedAt()));
        e.setCloseReason(r.closeReason() == null ? null : r.closeReason().name());
        e.setClosesAt(r.closesAt().toEpochMilli());
        e.setVersion(r.version());
        e.save();
    }

    /**
     * A reviewer row. {@code kept}: the followup the pass stored on the reviewer's previous row, when the reviewer's
     * deadline did not change; otherwise (null) a reviewer still owing feedback is looked at from the next pass on,
     * which stores the exact moment (see Followup#lookNext). One who responded, or a closed report, is settled.
     */
    static Map<String, Object> reviewerColumns(MeetingReport r, int position, Reviewer v, Followup kept) {
        Map<String, Object> c = new HashMap<>();
        c.put("REPORT_ID", r.id());
        c.put("POSITION", position);
        c.put("USER_KEY", v.userKey());
        c.put("ROLE", v.role().name());
        c.put("DUE_AT", v.dueAt().toEpochMilli());
        c.put("REMINDED", v.reminded());
        c.put("ESCALATION_LEVEL", v.escalationLevel());
        c.put("REPORT_STATE", r.state().name());
        boolean owing = r.state() == MeetingReport.ReportState.OPEN && !r.hasResponded(v.userKey());
        Followup next = owing && kept != null ? kept : Followup.lookNext(owing, r.publishedAt());
        c.put("NEXT_CHECK_AT", Columns.millis(next.nextCheckAt()));
        c.put("PROBLEM", next.problem());
        c.put("PROBLEM_RETRIES", next.retries() == 0 ? null : next.retries());
        return c;
    }

    static Map<String, Object> feedbackColumns(String reportId, int position, Feedback f) {
        Map<String, Object> c = new HashMap<>();
        c.put("REPORT_ID", reportId);
        c.put("POSITION", position);
        c.put("FEEDBACK_ID", f.id());
        c.put("REVIEWER", f.reviewer());
        c.put("KIND", f.kind().name());
        c.put("TEXT", f.text());
        c.put("GIVEN_AT", f.at().toEpochMilli());
        c.put("ANSWERED", f.answered());
        return c;
    }

    static ReportSeries toSeries(ReportSeriesEntity e) {
        return new ReportSeries(e.getId(), Columns.item(e.getItemKind(), e.getContainerKey(), e.getItemKey()),
                ReplacedMeeting.of(e.getMeetingName(), e.getMeetingMinutes(), e.getMeetingAttendees()), e.getAuthor(),
                Cadence.valueOf(e.getCadence()), LocalDate.parse(e.getFirstOccurrence()), e.getOccurrenceIndex(),
                e.getVersion());
    }

    static Map<String, Object> seriesColumns(ReportSeries s) {
        Map<String, Object> c = new HashMap<>();
        c.put("ID", s.id());
        c.put("ITEM_KIND", s.item().kind().name());
        c.put("CONTAINER_KEY", s.item().containerKey());
        c.put("ITEM_KEY", s.item().itemKey());
        c.put("MEETING_NAME", s.meeting().name());
        c.put("MEETING_MINUTES", s.meeting().usualMinutes());
        c.put("MEETING_ATTENDEES", s.meeting().attendees());
        c.put("AUTHOR", s.author());
        c.put("CADENCE", s.cadence().name());
        c.put("FIRST_OCCURRENCE", s.firstOccurrence().toString());
        c.put("OCCURRENCE_INDEX", s.occurrenceIndex());
        c.put("VERSION", s.version());
        return c;
    }

    static void applySeriesChanges(ReportSeriesEntity e, ReportSeries s) {
        e.setMeetingName(s.meeting().name());
        e.setMeetingMinutes(s.meeting().usualMinutes());
        e.setMeetingAttendees(s.meeting().attendees());
        e.setAuthor(s.author());
        e.setCadence(s.cadence().name());
        e.setFirstOccurrence(s.firstOccurrence().toString());
        e.setOccurrenceIndex(s.occurrenceIndex());
        e.setVersion(s.version());
        e.save();
    }
}
