package works.async.plugin.mail;

import java.util.Optional;

import works.async.core.ItemRef;

/** How a host names an item in a mail, and where it shows it. */
public interface MailedItems {

    /** What the subject and the text call the item: Jira's issue key, Confluence's page title. */
    String nameOf(ItemRef item);

    /**
     * What the item is about, said after its name (Jira's issue summary), so that a reader knows the item without
     * opening it; empty where the name already says it (Confluence's page title) or the item is gone.
     */
    default Optional<String> summaryOf(ItemRef item) {
        return Optional.empty();
    }

    /**
     * Where the host shows the item, relative to its base URL (Jira: {@code /browse/DEMO-7}; Confluence:
     * {@code /pages/viewpage.action?pageId=42}); empty for items the host does not show.
     */
    Optional<String> pathOf(ItemRef item);
}
