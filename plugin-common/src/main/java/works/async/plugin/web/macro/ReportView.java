package works.async.plugin.web.macro;

import works.async.plugin.web.ViewModel;
import java.util.List;
import works.async.plugin.web.DualTime;
import works.async.plugin.web.Lozenge;

/**
 * The meeting-replacement report macro.
 *
 * @param id             report id
 * @param restBase       REST base path for scripts
 * @param title          title as typed (user text)
 * @param body           body exactly as written (user text, shown as plain text with its line breaks)
 * @param authorName     who wrote it
 * @param meetingText    "Replaces Weekly status (30 min, 8 people): 4.00 person-hours returned"
 * @param lozenge        open or closed
 * @param closes         when feedback closes, for the viewer
 * @param outcomeText    the outcome summary once closed ("5 acknowledged, 1 open question, no objections"), or null
 * @param reviewers      required reviewers first, then optional ones
 * @param feedback       feedback in the order given
 * @param canGiveFeedback whether the viewer may give feedback now (a reviewer of an open report, or an optional
 *                        reviewer before their deadline once the required ones have all responded)
 * @param seriesText     "Weekly report. The next one is due", when the report's macro recurs, or null
 * @param seriesNext     when the next report of the series is due (its author's reminder), for the viewer, or null
 * @param lateFeedbackNote why the form is still there on a closed report (an optional reviewer's), or null
 */
@ViewModel
public record ReportView(String id, String restBase, String title, String body, String authorName, String meetingText,
                         Lozenge lozenge, DualTime closes, String outcomeText, List<ReviewerView> reviewers,
                         List<FeedbackView> feedback, boolean canGiveFeedback, String seriesText,
                         DualTime seriesNext, String lateFeedbackNote) {

    public ReportView {
        reviewers = List.copyOf(reviewers);
        feedback = List.copyOf(feedback);
    }

    public boolean hasFeedback() {
        return !feedback.isEmpty();
    }

    public boolean hasOutcomeText() {
        return outcomeText != null;
    }

    public boolean hasLateFeedbackNote() {
        return lateFeedbackNote != null;
    }

    public boolean hasSeries() {
        return seriesText != null && seriesNext != null;
    }
}
