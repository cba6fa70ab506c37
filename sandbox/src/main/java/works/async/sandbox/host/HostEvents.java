package works.async.sandbox.host;

import works.async.core.ItemRef;

/**
 * What the host tells the app after a change, as Jira's IssueEvent and Confluence's CommentCreateEvent would; the
 * sandbox adapts it to the plugin's ItemEvents (a separate seam so that host tests need no app).
 */
public interface HostEvents {

    void itemAssigned(ItemRef item, String owner, String actor);

    void commentAdded(ItemRef item, String author, long commentId, String text);

    void itemResolved(ItemRef item);

    /** Ignores every event (host-only tests). */
    HostEvents NONE = new HostEvents() {
        @Override
        public void itemAssigned(ItemRef item, String owner, String actor) {
        }

        @Override
        public void commentAdded(ItemRef item, String author, long commentId, String text) {
        }

        @Override
        public void itemResolved(ItemRef item) {
        }
    };
}
