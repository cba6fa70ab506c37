package works.async.plugin.web.macro;

import works.async.plugin.web.ViewModel;
import works.async.plugin.web.panel.OwnershipView;

/**
 * The action-item macro: what is to be done and who confirmed they own it.
 *
 * @param itemKey   the action item's key (the item REST actions address)
 * @param restBase  REST base path for scripts
 * @param text      what is to be done, as the page author wrote it (user text)
 * @param ownership its ownership request, or null when nobody was asked yet
 */
@ViewModel
public record ActionItemView(String itemKey, String restBase, String text, OwnershipView ownership) {

    public boolean hasOwnership() {
        return ownership != null;
    }

    public boolean isConfirmed() {
        return ownership != null && "CONFIRMED".equals(ownership.state());
    }
}
