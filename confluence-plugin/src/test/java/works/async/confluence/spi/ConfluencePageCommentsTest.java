package works.async.confluence.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.concurrent.atomic.AtomicReference;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.pages.CommentManager;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.plugin.spi.HostItem;

/** An in-place answer written as a Confluence page comment, over mocked Confluence managers. */
class ConfluencePageCommentsTest {

    private final PageManager pages = mock(PageManager.class);
    private final CommentManager comments = mock(CommentManager.class);
    private final UserAccessor users = mock(UserAccessor.class);
    private final ConfluencePageComments adapter = new ConfluencePageComments(pages, comments, users);
    private final HostItem plan = new HostItem(ItemRef.page("DOCS", "42"), "Launch plan", "page", null, null,
            "k-alice", "k-alice", false);
    private AbstractPage page;
    private ConfluenceUser bob;
    private ConfluenceUser service;

    @BeforeEach
    void setUp() {
        page = mock(AbstractPage.class);
        when(pages.getAbstractPage(42L)).thenReturn(page);
        bob = mock(ConfluenceUser.class);
        when(bob.getKey()).thenReturn(new UserKey("k-bob"));
        when(users.getUserByKey(new UserKey("k-bob"))).thenReturn(bob);
        service = mock(ConfluenceUser.class);
        AuthenticatedUserThreadLocal.set(service);
    }

    @AfterEach
    void tearDown() {
        AuthenticatedUserThreadLocal.set(null);
    }

    @Test
    void theAnswerBecomesATopLevelCommentByTheAuthorWithItsTextEscaped() {
        AtomicReference<ConfluenceUser> writer = new AtomicReference<>();
        Comment stored = mock(Comment.class);
        when(stored.getIdAsString()).thenReturn("9001");
        when(comments.addCommentToObject(eq(page), isNull(), anyString())).thenAnswer(call -> {
            writer.set(AuthenticatedUserThreadLocal.get());
            return stored;
        });

        String id = adapter.add(plan, "k-bob", "Yes, <b>Friday</b> & \"after\" lunch.\n\n<ac:link><ri:user ri:userkey=\"x\"/></ac:link>");

        assertThat(id).isEqualTo("9001");
        verify(comments).addCommentToObject(page, null, "<p>Yes, &lt;b&gt;Friday&lt;/b&gt; &amp; &quot;after&quot; lunch.</p>"
                + "<p>&lt;ac:link&gt;&lt;ri:user ri:userkey=&quot;x&quot;/&gt;&lt;/ac:link&gt;</p>");
        // Confluence makes the thread's user the comment's creator: the author, and the thread's own user again after.
        assertThat(writer.get()).isSameAs(bob);
        assertThat(AuthenticatedUserThreadLocal.get()).isSameAs(service);
    }

    @Test
    void lineBreaksStayAndParagraphsSplitOnBlankLines() {
        assertThat(ConfluencePageComments.storageFormat("  first line\r\nsecond line\n \nnext  "))
                .isEqualTo("<p>first line<br />second line</p><p>next</p>");
    }

    @Test
    void aPageGoneOrTrashedSinceTheCheckIsNotFoundAndNothingIsWritten() {
        AbstractPage trashed = mock(AbstractPage.class);
        when(trashed.isDeleted()).thenReturn(true);
        when(pages.getAbstractPage(43L)).thenReturn(trashed);

        for (String key : new String[] {"41", "43", "42-action-1"}) {
            HostItem item = new HostItem(ItemRef.page("DOCS", key), "x", "page", null, null, "k-alice", "k-alice", false);
            assertThatThrownBy(() -> adapter.add(item, "k-bob", "Yes."))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        }
        verify(comments, never()).addCommentToObject(any(), any(), anyString());
    }

    @Test
    void aFailingCommentManagerFailsTheAnswerAndRestoresTheThreadsUser() {
        when(comments.addCommentToObject(any(), any(), anyString())).thenThrow(new IllegalStateException("db down"));

        assertThatThrownBy(() -> adapter.add(plan, "k-bob", "Yes.")).hasMessage("db down");
        assertThat(AuthenticatedUserThreadLocal.get()).isSameAs(service);
    }
}
