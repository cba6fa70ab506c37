package works.async.jira.jql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import works.async.plugin.app.BundleI18n;
import works.async.core.ItemRef;
import works.async.plugin.reply.ReplyRequestStore;

class AwaitingReplyFromFunctionTest {

    private final ReplyRequestStore replies = mock(ReplyRequestStore.class);
    private final UserManager users = mock(UserManager.class);
    private final JiraIssues jira = new JiraIssues();
    private final TerminalClause clause = mock(TerminalClause.class);
    private final ApplicationUser bob = JiraIssues.user("JIRAUSER10100", "bob");
    private final ApplicationUser alice = JiraIssues.user("JIRAUSER10000", "alice");
    private AwaitingReplyFromFunction function;

    @BeforeEach
    void setUp() {
        when(users.getUserByName("bob")).thenReturn(bob);
        function = new AwaitingReplyFromFunction(replies, users, jira.issueManager, jira.permissionManager,
                new BundleI18n("/i18n/async-work-jira.properties"));
    }

    @Test
    void withoutAnArgumentTheSearcherIsToldItTakesOneUser() {
        assertThat(function.validate(alice, new FunctionOperand("awaitingReplyFrom"), clause).getErrorMessages())
                .containsExactly("Function 'awaitingReplyFrom' takes exactly one argument, a user name or "
                        + "currentUser(), but 0 were given.");
    }

    @Test
    void twoArgumentsAreAnErrorToo() {
        assertThat(function.validate(alice, new FunctionOperand("awaitingReplyFrom", "bob", "carol"), clause)
                .getErrorMessages()).containsExactly("Function 'awaitingReplyFrom' takes exactly one argument, a user "
                + "name or currentUser(), but 2 were given.");
    }

    @Test
    void anUnknownUserIsNamedInTheError() {
        assertThat(function.validate(alice, new FunctionOperand("awaitingReplyFrom", "nobody"), clause)
                .getErrorMessages()).containsExactly("Function 'awaitingReplyFrom': there is no user named 'nobody'.");
    }

    @Test
    void anExistingUserAndCurrentUserAreValid() {
        assertThat(function.validate(alice, new FunctionOperand("awaitingReplyFrom", "bob"), clause).hasAnyErrors())
                .isFalse();
        assertThat(function.validate(alice, new FunctionOperand("awaitingReplyFrom", "currentUser()"), clause)
                .hasAnyErrors()).isFalse();
        verify(users, never()).getUserByName("currentUser()");
    }

    @Test
    void itAnswersTheIdsOfTheIssuesAwaitingTheUsersReplyThatTheSearcherMayBrowse() {
        jira.issue("DEMO-2", 10002L, alice);
        jira.issue("OPS-3", 10003L);
        jira.issue("DEMO-1", 10001L, alice);
        when(replies.findItemKeysAwaitingReplyFrom(ItemRef.Kind.JIRA_ISSUE, "JIRAUSER10100", 1000))
                .thenReturn(List.of("DEMO-2", "OPS-3", "DEMO-1", "GONE-9"));
        FunctionOperand operand = new FunctionOperand("awaitingReplyFrom", "bob");

        List<QueryLiteral> values = function.getValues(JiraIssues.searchBy(alice), operand, clause);

        // OPS-3 is in a project alice may not browse; GONE-9 was deleted.
        assertThat(JiraIssues.ids(values)).containsExactly(10002L, 10001L);
        assertThat(values).allSatisfy(value -> assertThat(value.getSourceOperand()).isSameAs(operand));
    }

    @Test
    void currentUserIsTheSearcher() {
        jira.issue("DEMO-1", 10001L, alice);
        when(replies.findItemKeysAwaitingReplyFrom(ItemRef.Kind.JIRA_ISSUE, "JIRAUSER10000", 1000))
                .thenReturn(List.of("DEMO-1"));

        assertThat(JiraIssues.ids(function.getValues(JiraIssues.searchBy(alice),
                new FunctionOperand("awaitingReplyFrom", "currentUser()"), clause))).containsExactly(10001L);
        assertThat(JiraIssues.ids(function.getValues(JiraIssues.searchBy(alice),
                new FunctionOperand("awaitingReplyFrom", " CURRENTUSER() "), clause))).containsExactly(10001L);
    }

    @Test
    void anAnonymousSearchersCurrentUserAwaitsNothing() {
        assertThat(function.getValues(JiraIssues.searchBy(null),
                new FunctionOperand("awaitingReplyFrom", "currentUser()"), clause)).isEmpty();
        verify(replies, never()).findItemKeysAwaitingReplyFrom(eq(ItemRef.Kind.JIRA_ISSUE), anyString(), anyInt());
    }

    @Test
    void aSearchThatOverridesSecurityGetsEveryIssue() {
        jira.issue("OPS-3", 10003L);
        when(replies.findItemKeysAwaitingReplyFrom(ItemRef.Kind.JIRA_ISSUE, "JIRAUSER10100", 1000))
                .thenReturn(List.of("OPS-3"));
        var context = JiraIssues.searchBy(null);
        when(context.isSecurityOverriden()).thenReturn(true);

        assertThat(JiraIssues.ids(function.getValues(context, new FunctionOperand("awaitingReplyFrom", "bob"),
                clause))).containsExactly(10003L);
    }
}
