package works.async.plugin.item;

import java.time.Instant;

import works.async.core.ItemRef;

/**
 * What lives inside an item under ids of its own and must go with it when the item is deleted: a page's reports and
 * action items (written in its macros). The layers that know such contents implement it; {@link DeletedItems} calls
 * each, so every host's deletion path (Confluence's trash, the sandbox) closes them too.
 */
public interface ItemContents {

    /** The item was deleted at {@code now}: closes what it holds that still waits for someone; returns how many. */
    int itemDeleted(ItemRef item, Instant now);
}
