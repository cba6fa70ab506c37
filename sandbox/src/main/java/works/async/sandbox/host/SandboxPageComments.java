package works.async.sandbox.host;

import java.util.Objects;

import works.async.plugin.access.Access;
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.PageComments;

/**
 * In-place answers as the sandbox's page comments: written through the host's own comment action, which stores the
 * comment (plain text, as the sandbox's comments are) and then raises the comment event on the same thread, as
 * Confluence's {@code addCommentToObject} does.
 */
public final class SandboxPageComments implements PageComments {

    private final ConfluenceStore confluence;
    private final HostActions actions;

    public SandboxPageComments(ConfluenceStore confluence, HostActions actions) {
        this.confluence = Objects.requireNonNull(confluence, "confluence");
        this.actions = Objects.requireNonNull(actions, "actions");
    }

    @Override
    public String add(HostItem page, String authorKey, String text) {
        Page target = confluence.page(page.ref().itemKey()).orElseThrow(Access::notFound);
        return Long.toString(actions.comment(target, authorKey, text).id());
    }
}
