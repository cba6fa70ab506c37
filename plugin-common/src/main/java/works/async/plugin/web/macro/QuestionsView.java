package works.async.plugin.web.macro;

import works.async.plugin.web.ViewModel;
import java.util.List;
import works.async.plugin.web.panel.ReplyView;

/**
 * The open-questions macro: the questions on this page still waiting for a reply.
 *
 * @param itemKey   the page
 * @param restBase  REST base path for scripts
 * @param questions open requests, soonest due first
 */
@ViewModel
public record QuestionsView(String itemKey, String restBase, List<ReplyView> questions) {

    public QuestionsView {
        questions = List.copyOf(questions);
    }

    public boolean hasQuestions() {
        return !questions.isEmpty();
    }
}
