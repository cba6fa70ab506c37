package works.async.plugin.spi;

import java.util.Objects;

import works.async.core.ItemRef;

/**
 * A Jira issue or a Confluence page (or action item) as far as agreements care about it.
 *
 * @param ref           kind, container key and item key
 * @param title         summary or page title, as the host stores it
 * @param itemType      issue type name (narrows the policy scope), or null
 * @param priority      priority name (selects the reply window), or null
 * @param owner         user key of the assignee / action-item owner, or null
 * @param reporter      user key of the reporter / page creator, or null
 * @param containerLead user key of the project lead / space owner, or null
 * @param resolved      whether the item is resolved or closed
 */
public record HostItem(ItemRef ref, String title, String itemType, String priority, String owner, String reporter,
                       String containerLead, boolean resolved) {

    public HostItem {
        Objects.requireNonNull(ref, "ref");
        title = title == null ? ref.itemKey() : title;
    }
}
