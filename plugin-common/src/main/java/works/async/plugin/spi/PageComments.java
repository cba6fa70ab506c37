package works.async.plugin.spi;

/**
 * Writes a comment on a page as a user: how a reply request on a Confluence page is answered in place. Only the hosts
 * with pages implement it (Confluence, the sandbox); Jira's object graph has no such bean.
 */
public interface PageComments {

    /**
     * Adds {@code text} (plain text as the user typed it; the adapter escapes it into the host's format) as a
     * page-level comment by {@code authorKey}, the way the host's own comment form does, so the host publishes its
     * usual comment event; returns the new comment's id.
     */
    String add(HostItem page, String authorKey, String text);
}
