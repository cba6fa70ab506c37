package works.async.jira.jql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import org.junit.jupiter.api.Test;

import works.async.plugin.app.BundleI18n;
import works.async.core.ItemRef;
import works.async.plugin.reply.ReplyRequestStore;

class ReplyOverdueFunctionTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final ReplyRequestStore replies = mock(ReplyRequestStore.class);
    private final JiraIssues jira = new JiraIssues();
    private final TerminalClause clause = mock(TerminalClause.class);
    private final ApplicationUser alice = JiraIssues.user("JIRAUSER10000", "alice");
    private final ReplyOverdueFunction function = new ReplyOverdueFunction(replies, Clock.fixed(NOW, ZoneOffset.UTC),
            jira.issueManager, jira.permissionManager, new BundleI18n("/i18n/async-work-jira.properties"));

    @Test
    void itTakesNoArguments() {
        assertThat(function.validate(alice, new FunctionOperand("replyOverdue", "a", "b"), clause).getErrorMessages())
                .containsExactly("Function 'replyOverdue' takes no arguments, but 2 were given.");
        assertThat(function.validate(alice, new FunctionOperand("replyOverdue"), clause).hasAnyErrors()).isFalse();
    }

    @Test
    void overdueMeansDueBeforeThePluginsClockAndOnlyBrowsableIssuesAreAnswered() {
        jira.issue("DEMO-2", 10002L, alice);
        jira.issue("HR-1", 10021L);
        // The store is asked at the clock's instant; any other moment answers nothing.
        when(replies.findItemKeysOverdue(ItemRef.Kind.JIRA_ISSUE, NOW, 1000)).thenReturn(List.of("DEMO-2", "HR-1"));

        assertThat(JiraIssues.ids(function.getValues(JiraIssues.searchBy(alice), new FunctionOperand("replyOverdue"),
                clause))).containsExactly(10002L);
    }
}
