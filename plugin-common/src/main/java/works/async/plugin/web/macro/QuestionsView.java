package works.async.plugin.web.macro;

import java.util.List;

import works.async.plugin.web.ViewModel;
import works.async.plugin.web.panel.ReplyView;
import works.async.plugin.web.panel.WindowOption;

/**
 * The open-questions macro: the page's questions, the open ones to answer in place (or renegotiate) and the closed
 * ones, and a form to ask someone a question on this page.
 *
 * @param itemKey    the page
 * @param restBase   REST base path for scripts
 * @param viewerZone the viewer's zone id, in which "Propose a new time" reads the time typed
 * @param questions  open requests, soonest due first
 * @param closed     answered and withdrawn requests, most recently closed first
 * @param windows    the windows an asker chooses from, the policy's default selected
 */
@ViewModel
public record QuestionsView(String itemKey, String restBase, String viewerZone, List<ReplyView> questions,
                            List<ReplyView> closed, List<WindowOption> windows) {

    public QuestionsView {
        questions = List.copyOf(questions);
        closed = List.copyOf(closed);
        windows = List.copyOf(windows);
    }

    public boolean hasQuestions() {
        return !questions.isEmpty();
    }

    public boolean hasClosed() {
        return !closed.isEmpty();
    }
}
