package works.async.jira.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ofbiz.core.entity.GenericEntityException;
import org.ofbiz.core.entity.GenericValue;

import works.async.core.ItemRef;
import works.async.plugin.app.CapturedLog;
import works.async.plugin.item.ItemEvents;
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.ItemAccess;

class IssueEventListenerTest {

    private static final ItemRef REF = ItemRef.issue("DEMO", "DEMO-1");
    private static final HostItem ITEM = new HostItem(REF, "Fix login", "Bug", "High", "bob", "carol", "lead", false);

    private final EventPublisher publisher = mock(EventPublisher.class);
    private final ItemEvents events = mock(ItemEvents.class);
    private final ItemAccess items = mock(ItemAccess.class);
    private final IssueEventListener listener = new IssueEventListener(publisher, events, items);

    private final CapturedLog log = new CapturedLog(IssueEventListener.class);

    @AfterEach
    void detachLog() {
        log.close();
    }

    @BeforeEach
    void issueExists() {
        when(items.find(ItemRef.Kind.JIRA_ISSUE, "DEMO-1")).thenReturn(Optional.of(ITEM));
    }

    @Test
    void registersWithJirasEventPublisherOnStartAndUnregistersOnStop() {
        listener.start();
        verify(publisher).register(listener);

        listener.stop();
        verify(publisher).unregister(listener);
    }

    @Test
    void theHandlerIsAnEventListenerMethodJiraCanFind() throws NoSuchMethodException {
        assertThat(IssueEventListener.class.getMethod("onIssueEvent", IssueEvent.class)
                .isAnnotationPresent(EventListener.class)).isTrue();
    }

    @Test
    void anAssignEventOpensARequestForTheNewAssignee() throws Exception {
        IssueEvent event = event(EventType.ISSUE_ASSIGNED_ID, changeLog(item("assignee", "alice")));

        listener.onIssueEvent(event);

        verify(events).itemAssigned(ITEM, "alice", "admin");
    }

    @Test
    void anAssignEventWithoutChangeLogTakesTheIssuesAssignee() {
        listener.onIssueEvent(event(EventType.ISSUE_ASSIGNED_ID, null));

        verify(events).itemAssigned(ITEM, "bob", "admin");
    }

    @Test
    void anEditThatChangesTheAssigneeOpensARequestForTheNewAssignee() throws Exception {
        GenericValue changeLog = changeLog(item("summary", "New title"), item("assignee", "alice"));

        listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID, changeLog));

        verify(events).itemAssigned(ITEM, "alice", "admin");
    }

    @Test
    void anEditThatUnassignsTheIssueNamesNoOwner() throws Exception {
        listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID, changeLog(item("assignee", null))));

        verify(events).itemAssigned(ITEM, null, "admin");
    }

    @Test
    void anEditThatLeavesTheAssigneeDoesNothing() throws Exception {
        listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID, changeLog(item("summary", "New title"))));

        verifyNoInteractions(events);
    }

    @Test
    void anEditWithoutChangeLogDoesNothing() {
        listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID, null));

        verifyNoInteractions(events);
    }

    @Test
    void aCommentIsPassedOnWithItsAuthorIdAndBody() {
        IssueEvent event = event(EventType.ISSUE_COMMENTED_ID, null);
        Comment comment = mock(Comment.class);
        when(comment.getAuthorKey()).thenReturn("alice");
        when(comment.getId()).thenReturn(10042L);
        when(comment.getBody()).thenReturn("Yes, I'll take it @bob?");
        when(event.getComment()).thenReturn(comment);

        listener.onIssueEvent(event);

        verify(events).commentAdded(ITEM, "alice", "10042", "Yes, I'll take it @bob?");
    }

    @Test
    void aResolvedIssueIsReported() {
        listener.onIssueEvent(event(EventType.ISSUE_RESOLVED_ID, null));

        verify(events).itemResolved(ITEM);
    }

    @Test
    void aClosedIssueIsReportedAsResolved() {
        listener.onIssueEvent(event(EventType.ISSUE_CLOSED_ID, null));

        verify(events).itemResolved(ITEM);
    }

    @Test
    void aDeletedIssueIsClosedByTheReferenceTheEventCarries() {
        // Jira has already removed the issue: ItemAccess no longer finds it.
        when(items.find(ItemRef.Kind.JIRA_ISSUE, "DEMO-1")).thenReturn(Optional.empty());

        listener.onIssueEvent(event(EventType.ISSUE_DELETED_ID, null));

        verify(events).itemDeleted(REF);
    }

    @Test
    void anIssueThePluginCannotFindIsIgnored() {
        when(items.find(ItemRef.Kind.JIRA_ISSUE, "DEMO-1")).thenReturn(Optional.empty());

        assertThatCode(() -> listener.onIssueEvent(event(EventType.ISSUE_RESOLVED_ID, null)))
                .doesNotThrowAnyException();
        verify(events, never()).itemResolved(any());
    }

    @Test
    void aFailingPluginNeverFailsJirasOperation() {
        doThrow(new IllegalStateException("store down")).when(events).itemResolved(ITEM);

        assertThatCode(() -> listener.onIssueEvent(event(EventType.ISSUE_RESOLVED_ID, null)))
                .doesNotThrowAnyException();
        assertThat(log.warnings()).singleElement().asString().contains("DEMO-1").contains("store down");
    }

    @Test
    void aChangeLogThatCannotBeReadIsLoggedNotThrown() throws Exception {
        GenericValue changeLog = mock(GenericValue.class);
        when(changeLog.getRelated("ChildChangeItem")).thenThrow(new GenericEntityException("db gone"));

        assertThatCode(() -> listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID, changeLog)))
                .doesNotThrowAnyException();
        verifyNoInteractions(events);
        assertThat(log.warnings()).singleElement().asString().contains("DEMO-1").contains("db gone");
    }

    private static IssueEvent event(Long type, GenericValue changeLog) {
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn("DEMO");
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn("DEMO-1");
        when(issue.getProjectObject()).thenReturn(project);
        ApplicationUser actor = mock(ApplicationUser.class);
        when(actor.getKey()).thenReturn("admin");
        // IssueEvent is a final class: Mockito 5's inline mock maker mocks it.
        IssueEvent event = mock(IssueEvent.class);
        when(event.getEventTypeId()).thenReturn(type);
        when(event.getIssue()).thenReturn(issue);
        when(event.getUser()).thenReturn(actor);
        when(event.getChangeLog()).thenReturn(changeLog);
        return event;
    }

    private static GenericValue changeLog(GenericValue... changeItems) throws GenericEntityException {
        GenericValue changeLog = mock(GenericValue.class);
        when(changeLog.getRelated("ChildChangeItem")).thenReturn(List.of(changeItems));
        return changeLog;
    }

    private static GenericValue item(String field, String newValue) {
        GenericValue item = mock(GenericValue.class);
        when(item.getString("field")).thenReturn(field);
        when(item.getString("newvalue")).thenReturn(newValue);
        return item;
    }
}
