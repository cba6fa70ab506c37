package works.async.confluence.pagesave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.event.api.EventPublisher;
import org.junit.jupiter.api.Test;

import works.async.core.report.MeetingReport;
import works.async.plugin.access.Caller;
import works.async.plugin.app.AppFixture;
import works.async.plugin.pagemacro.PageMacroIds;
import works.async.plugin.pagemacro.PageActionItems;
import works.async.plugin.pagemacro.PageReports;

/** Confluence's page events, with mocks of its page and event bus, turned into reports on a real application. */
class PageSaveListenerTest {

    private final AppFixture f = new AppFixture();
    private final EventPublisher publisher = mock(EventPublisher.class);
    private final PageSaveListener listener = new PageSaveListener(publisher,
            f.app.context().getBean(PageReports.class), f.app.context().getBean(PageActionItems.class), f.app.caller());

    PageSaveListenerTest() {
        f.host.page("TEAM", "101", "Sprint 12 status");
    }

    private static String body(String text) {
        return "<ac:structured-macro ac:name=\"async-report\" ac:schema-version=\"1\" ac:macro-id=\"m-1\">"
                + "<ac:parameter ac:name=\"reviewers\">alice</ac:parameter>"
                + "<ac:rich-text-body><p>" + text + "</p></ac:rich-text-body></ac:structured-macro>";
    }

    private static Page page(long id, String storage) {
        Page page = mock(Page.class);
        when(page.getId()).thenReturn(id);
        when(page.getBodyAsString()).thenReturn(storage);
        return page;
    }

    private MeetingReport report() {
        return f.as("admin").reports().get(PageMacroIds.report("101", "m-1"));
    }

    @Test
    void registersWhileThePluginIsUp() {
        listener.start();
        verify(publisher).register(listener);
        listener.stop();
        verify(publisher).unregister(listener);
    }

    @Test
    void publishingAndEditingThePageWritesItsReportByTheSaver() {
        PageCreateEvent created = mock(PageCreateEvent.class);
        Page first = page(101, body("First"));
        when(created.getPage()).thenReturn(first);
        f.host.signIn("carol");
        listener.onPageCreate(created);
        assertThat(report().body()).isEqualTo("First");
        assertThat(report().author()).isEqualTo("carol");

        PageUpdateEvent updated = mock(PageUpdateEvent.class);
        Page second = page(101, body("Second"));
        when(updated.getPage()).thenReturn(second);
        listener.onPageUpdate(updated);
        assertThat(report().body()).isEqualTo("Second");

        PageUpdateEvent removed = mock(PageUpdateEvent.class);
        Page third = page(101, "<p>No report any more</p>");
        when(removed.getPage()).thenReturn(third);
        listener.onPageUpdate(removed);
        assertThat(report().closeReason()).isEqualTo(MeetingReport.CloseReason.WITHDRAWN);
    }

    private static String actionItem(String owner) {
        return "<ac:structured-macro ac:name=\"async-action-item\" ac:schema-version=\"1\" ac:macro-id=\"a-1\">"
                + "<ac:parameter ac:name=\"owner\">" + owner + "</ac:parameter>"
                + "<ac:rich-text-body><p>Write the notes</p></ac:rich-text-body></ac:structured-macro>";
    }

    private java.util.Optional<works.async.core.ownership.OwnershipRequest> ownership() {
        return f.app.context().getBean(works.async.plugin.ownership.OwnershipRequestStore.class)
                .findCurrent(works.async.core.ItemRef.page("TEAM", PageMacroIds.actionItem("101", "a-1")));
    }

    @Test
    void theSameSaveAsksTheActionItemsOwnerAndWithdrawsWhenTheMacroGoes() {
        f.host.signIn("carol");
        PageCreateEvent created = mock(PageCreateEvent.class);
        Page first = page(101, body("Status") + actionItem("alice"));
        when(created.getPage()).thenReturn(first);
        listener.onPageCreate(created);
        assertThat(report().body()).isEqualTo("Status");
        assertThat(ownership()).hasValueSatisfying(o -> {
            assertThat(o.owner()).isEqualTo("alice");
            assertThat(o.requestedBy()).isEqualTo("carol");
        });

        PageUpdateEvent reassigned = mock(PageUpdateEvent.class);
        Page second = page(101, body("Status") + actionItem("bob"));
        when(reassigned.getPage()).thenReturn(second);
        listener.onPageUpdate(reassigned);
        assertThat(ownership().orElseThrow().owner()).isEqualTo("bob");

        PageUpdateEvent removed = mock(PageUpdateEvent.class);
        Page third = page(101, body("Status"));
        when(removed.getPage()).thenReturn(third);
        listener.onPageUpdate(removed);
        assertThat(ownership().orElseThrow().state()).isEqualTo(works.async.core.ownership.OwnershipState.WITHDRAWN);
    }

    @Test
    void aFailureWithTheReportsStillAsksTheActionItemsOwner() {
        PageReports broken = mock(PageReports.class);
        when(broken.pageSaved(anyString(), anyString(), anyList())).thenThrow(new IllegalStateException("database down"));
        f.host.signIn("carol");
        PageSaveListener failing = new PageSaveListener(publisher, broken, f.app.context().getBean(PageActionItems.class),
                f.app.caller());
        PageUpdateEvent event = mock(PageUpdateEvent.class);
        Page saved = page(101, body("x") + actionItem("alice"));
        when(event.getPage()).thenReturn(saved);

        assertThatCode(() -> failing.onPageUpdate(event)).doesNotThrowAnyException();
        assertThat(ownership()).hasValueSatisfying(o -> assertThat(o.owner()).isEqualTo("alice"));
    }

    @Test
    void aFailureIsLoggedAndNeverBreaksConfluencesSave() {
        PageReports broken = mock(PageReports.class);
        when(broken.pageSaved(anyString(), anyString(), anyList())).thenThrow(new IllegalStateException("database down"));
        Caller caller = f.app.caller();
        f.host.signIn("carol");
        PageSaveListener failing = new PageSaveListener(publisher, broken, f.app.context().getBean(PageActionItems.class), caller);
        PageUpdateEvent event = mock(PageUpdateEvent.class);
        Page saved = page(101, body("x"));
        when(event.getPage()).thenReturn(saved);

        assertThatCode(() -> failing.onPageUpdate(event)).doesNotThrowAnyException();
        PageCreateEvent broke = mock(PageCreateEvent.class);
        when(broke.getPage()).thenThrow(new IllegalStateException("no page"));
        assertThatCode(() -> failing.onPageCreate(broke)).doesNotThrowAnyException();
    }

    @Test
    void aSaveWithoutASignedInUserChangesNothing() {
        PageCreateEvent created = mock(PageCreateEvent.class);
        Page first = page(101, body("First"));
        when(created.getPage()).thenReturn(first);
        f.host.signIn(null);

        listener.onPageCreate(created);

        assertThat(f.app.context().getBean(works.async.plugin.report.MeetingReportStore.class)
                .findById(PageMacroIds.report("101", "m-1"))).isEmpty();
    }
}
