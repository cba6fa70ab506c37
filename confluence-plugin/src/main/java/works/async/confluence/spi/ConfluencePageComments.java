package works.async.confluence.spi;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.pages.CommentManager;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;

import works.async.plugin.access.Access;
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.PageComments;
import works.async.plugin.web.Html;

/**
 * An in-place answer as a Confluence page comment: {@code CommentManager.addCommentToObject(page, null, body)}, the
 * overload that publishes {@code CommentCreateEvent} (Confluence 8.7.2's {@code DefaultCommentManager}), with the
 * user's plain text escaped into storage format. It runs as the author ({@code AuthenticatedUserThreadLocal.asUser}):
 * Confluence makes the thread's user the creator of a new comment, so the comment is theirs whichever thread writes it.
 */
public final class ConfluencePageComments implements PageComments {

    private final PageManager pages;
    private final CommentManager comments;
    private final UserAccessor users;

    public ConfluencePageComments(PageManager pages, CommentManager comments, UserAccessor users) {
        this.pages = pages;
        this.comments = comments;
        this.users = users;
    }

    @Override
    public String add(HostItem page, String authorKey, String text) {
        // The page was found and permitted a moment ago; one trashed or removed since then is simply not found.
        AbstractPage target = ConfluencePages.pageIdOf(page.ref().itemKey())
                .filter(id -> !ConfluencePages.namesActionItem(page.ref().itemKey()))
                .map(pages::getAbstractPage)
                .filter(p -> !p.isDeleted())
                .orElseThrow(Access::notFound);
        ConfluenceUser author = users.getUserByKey(new UserKey(authorKey));
        if (author == null) {
            throw new IllegalStateException("no Confluence user with key " + authorKey);
        }
        Comment comment = asUser(author, target, storageFormat(text));
        return comment.getIdAsString();
    }

    private Comment asUser(ConfluenceUser author, ContentEntityObject target, String body) {
        try {
            return AuthenticatedUserThreadLocal.asUser(author, () -> comments.addCommentToObject(target, null, body));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Confluence did not store the comment", e);
        }
    }

    /**
     * Plain text as storage format: every character escaped (nothing the user typed becomes markup, a macro or a
     * mention), a blank line starting a new paragraph and a single line break kept as {@code <br />}.
     */
    static String storageFormat(String text) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.strip().replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n")) {
            out.append("<p>").append(String.join("<br />", paragraph.strip().lines().map(Html::escape).toList()))
                    .append("</p>");
        }
        return out.toString();
    }
}
