package works.async.plugin.web.macro;

import works.async.plugin.web.ViewModel;
import works.async.plugin.web.Lozenge;

/**
 * One piece of feedback on a report.
 *
 * @param reviewerName who gave it
 * @param kind         core kind name (ACKNOWLEDGE, COMMENT, QUESTION, OBJECTION)
 * @param lozenge      the kind as shown
 * @param text         the text exactly as written (user text), or null for a bare acknowledgement
 * @param atText       when, in the viewer's time
 * @param answerText   "Answered" for an answered question, or null
 */
@ViewModel
public record FeedbackView(String reviewerName, String kind, Lozenge lozenge, String text, String atText,
                           String answerText) {

    public boolean hasText() {
        return text != null && !text.isEmpty();
    }

    public boolean hasAnswerText() {
        return answerText != null;
    }
}
