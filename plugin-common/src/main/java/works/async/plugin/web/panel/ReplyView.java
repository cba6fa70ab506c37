package works.async.plugin.web.panel;

import works.async.plugin.web.ViewModel;
import works.async.plugin.web.DualTime;
import works.async.plugin.web.Lozenge;

/**
 * One reply request as the panel, the open-questions macro and the banner show it.
 *
 * @param id             request id (REST actions address it)
 * @param askerName      who asked
 * @param recipientName  who is asked
 * @param question       the question exactly as sent (user text)
 * @param state          core state name (OPEN, ANSWERED, WITHDRAWN)
 * @param lozenge        the state as shown (overdue open requests show as such)
 * @param due            due time in force, in the viewer's and the recipient's local time
 * @param originalDue    the original due time when it was renegotiated, else null
 * @param proposedText   "Proposed by Bob" when renegotiated: the recipient's proposal, not an agreed time; else null
 * @param originText     "Asked automatically from a comment" for a guessed request, or null
 * @param closedText     who closed it and when, or null while open
 * @param open           whether it is still open
 * @param canAnswer      viewer is the recipient and it is open
 * @param canRenegotiate viewer is the recipient and it is open
 * @param canWithdraw    viewer is the asker and it is open (also undoes an automatic request)
 * @param answerCommentId the comment that answered it (an in-place answer, or a comment by the recipient), or null
 */
@ViewModel
public record ReplyView(String id, String askerName, String recipientName, String question, String state,
                        Lozenge lozenge, DualTime due, DualTime originalDue, String proposedText, String originText,
                        String closedText,
                        boolean open, boolean canAnswer, boolean canRenegotiate, boolean canWithdraw,
                        String answerCommentId) {

    public boolean isRenegotiated() {
        return originalDue != null;
    }

    public boolean hasOriginText() {
        return originText != null;
    }

    public boolean hasClosedText() {
        return closedText != null;
    }

    public boolean hasAnswerComment() {
        return answerCommentId != null;
    }

    public boolean hasActions() {
        return canAnswer || canRenegotiate || canWithdraw;
    }
}
