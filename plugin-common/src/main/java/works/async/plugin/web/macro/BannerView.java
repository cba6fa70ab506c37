package works.async.plugin.web.macro;

import works.async.plugin.web.ViewModel;
import java.util.List;
import works.async.plugin.web.DualTime;

/**
 * The page banner: what this page waits on from the viewer.
 *
 * @param items one line per thing the viewer owes here, soonest due first
 */
@ViewModel
public record BannerView(List<Item> items) {

    public BannerView {
        items = List.copyOf(items);
    }

    public boolean isShown() {
        return !items.isEmpty();
    }

    /**
     * One thing the viewer owes.
     *
     * @param text   "Reply to Alice's question" (the question itself follows as user text)
     * @param detail the question or report title (user text), or null
     * @param due    when it is due
     * @param anchor the in-page anchor of the element to act on
     */
    @ViewModel
    public record Item(String text, String detail, DualTime due, String anchor) {

        public boolean hasDetail() {
            return detail != null;
        }
    }
}
