package works.async.confluence.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.event.events.content.comment.CommentCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.user.UserKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import works.async.core.ItemRef;
import works.async.plugin.app.CapturedLog;
import works.async.plugin.item.ItemEvents;
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.ItemAccess;

class PageEventListenerTest {

    private static final ItemRef REF = ItemRef.page("TEAM", "98304");
    private static final HostItem PAGE = new HostItem(REF, "Release notes", null, null, null, "carol", "lead", false);

    /** A comment as Confluence stores it: storage format, bob mentioned by his user key with a question. */
    private static final String MENTIONING_BODY = "<p>Status is green. <ac:link><ri:user ri:userkey=\"8a7f-bob\"/>"
            + "</ac:link> can you check the logs?</p>";

    private final EventPublisher publisher = mock(EventPublisher.class);
    private final ItemEvents events = mock(ItemEvents.class);
    private final ItemAccess items = mock(ItemAccess.class);
    private final PageEventListener listener = new PageEventListener(publisher, events, items);

    private final CapturedLog log = new CapturedLog(PageEventListener.class);

    @BeforeEach
    void pageExists() {
        when(items.find(ItemRef.Kind.CONFLUENCE_PAGE, "98304")).thenReturn(Optional.of(PAGE));
    }

    @AfterEach
    void detachLog() {
        log.close();
    }

    @Test
    void registersWithConfluencesEventPublisherOnStartAndUnregistersOnStop() {
        listener.start();
        verify(publisher).register(listener);

        listener.stop();
        verify(publisher).unregister(listener);
    }

    @Test
    void eachHandlerIsAPublicEventListenerMethodConfluenceCanFind() throws NoSuchMethodException {
        // atlassian-event calls public methods annotated @EventListener whose one parameter is the event's type.
        assertThat(List.of(
                PageEventListener.class.getMethod("onCommentCreated", CommentCreateEvent.class),
                PageEventListener.class.getMethod("onPageTrashed", PageTrashedEvent.class),
                PageEventListener.class.getMethod("onPageRemoved", PageRemoveEvent.class)))
                .allSatisfy(m -> assertThat(m.isAnnotationPresent(EventListener.class)).as(m.getName()).isTrue());
    }

    @Test
    void aCommentOnAPageAnswersItsAuthorsRequestsThereWithTheCommentsId() {
        listener.onCommentCreated(commentEvent(page("98304", "TEAM"), "8a7f-bob", "131073", "<p>Done, see the log.</p>"));

        verify(events).commentAdded(PAGE, "8a7f-bob", "131073", "<p>Done, see the log.</p>");
    }

    @Test
    void aCommentMentioningSomeoneWithAQuestionHandsTheStorageFormatBodyOnForTheAutomaticRequests() {
        // The shared code scans a page's comment as storage format (core's Confluence mention scanner): the body
        // must reach it as Confluence stored it, mention markup and all.
        listener.onCommentCreated(commentEvent(page("98304", "TEAM"), "carol-key", "131074", MENTIONING_BODY));

        verify(events).commentAdded(PAGE, "carol-key", "131074", MENTIONING_BODY);
    }

    @Test
    void aCommentOnABlogPostOrOtherContentIsIgnored() {
        ContentEntityObject blogPost = mock(ContentEntityObject.class);

        listener.onCommentCreated(commentEvent(blogPost, "8a7f-bob", "131075", "<p>Nice post</p>"));

        verifyNoInteractions(events, items);
    }

    @Test
    void anAnonymousCommentAnswersNothing() {
        listener.onCommentCreated(commentEvent(page("98304", "TEAM"), null, "131076", "<p>Anonymous</p>"));

        verifyNoInteractions(events);
    }

    @Test
    void aCommentOnAPageTheAdapterCannotFindIsLoggedAndIgnored() {
        listener.onCommentCreated(commentEvent(page("555", "TEAM"), "8a7f-bob", "131077", "<p>Hi</p>"));

        verifyNoInteractions(events);
        assertThat(log.warnings()).singleElement().asString().contains("page 555", "comment 131077");
    }

    @Test
    void aTrashedPageClosesItsRequests() {
        listener.onPageTrashed(trashed(page("98304", "TEAM")));

        verify(events).itemDeleted(REF);
    }

    @Test
    void aRemovedPageClosesItsRequests() {
        listener.onPageRemoved(removed(page("98304", "TEAM")));

        verify(events).itemDeleted(REF);
    }

    @Test
    void aFailingStoreIsLoggedAndNeverFailsTheCommentOrTheDeletion() {
        when(events.commentAdded(any(), any(), any(), any())).thenThrow(new IllegalStateException("database down"));
        when(events.itemDeleted(any())).thenThrow(new IllegalStateException("database down"));

        assertThatCode(() -> {
            listener.onCommentCreated(commentEvent(page("98304", "TEAM"), "8a7f-bob", "131078", "<p>x</p>"));
            listener.onPageTrashed(trashed(page("98304", "TEAM")));
            listener.onPageRemoved(removed(page("98304", "TEAM")));
        }).doesNotThrowAnyException();

        assertThat(log.warnings()).hasSize(3).allSatisfy(w -> assertThat(w).contains("database down"));
        assertThat(log.warnings().get(0)).contains("comment 131078");
        assertThat(log.warnings().get(1)).contains("trashed page 98304");
        assertThat(log.warnings().get(2)).contains("removed page 98304");
    }

    @Test
    void aPageWithoutASpaceIsLoggedNotThrown() {
        assertThatCode(() -> listener.onPageTrashed(trashed(page("98304", null)))).doesNotThrowAnyException();

        verifyNoInteractions(events);
        assertThat(log.warnings()).singleElement().asString().contains("trashed page 98304");
    }

    private static Page page(String id, String spaceKey) {
        Page page = mock(Page.class);
        when(page.getIdAsString()).thenReturn(id);
        when(page.getSpaceKey()).thenReturn(spaceKey);
        return page;
    }

    private static CommentCreateEvent commentEvent(ContentEntityObject container, String authorKey, String id,
                                                   String body) {
        ConfluenceUser author = null;
        if (authorKey != null) {
            author = mock(ConfluenceUser.class);
            when(author.getKey()).thenReturn(new UserKey(authorKey));
        }
        Comment comment = mock(Comment.class);
        when(comment.getContainer()).thenReturn(container);
        when(comment.getCreator()).thenReturn(author);
        when(comment.getIdAsString()).thenReturn(id);
        when(comment.getBodyAsString()).thenReturn(body);
        CommentCreateEvent event = mock(CommentCreateEvent.class);
        when(event.getComment()).thenReturn(comment);
        return event;
    }

    private static PageTrashedEvent trashed(Page page) {
        PageTrashedEvent event = mock(PageTrashedEvent.class);
        when(event.getPage()).thenReturn(page);
        return event;
    }

    private static PageRemoveEvent removed(Page page) {
        PageRemoveEvent event = mock(PageRemoveEvent.class);
        when(event.getPage()).thenReturn(page);
        return event;
    }
}
