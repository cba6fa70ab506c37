package works.async.jira.jql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import org.junit.jupiter.api.Test;

import works.async.plugin.app.BundleI18n;
import works.async.core.ItemRef;
import works.async.plugin.ownership.OwnershipRequestStore;

class OwnershipUnconfirmedFunctionTest {

    private final OwnershipRequestStore ownership = mock(OwnershipRequestStore.class);
    private final JiraIssues jira = new JiraIssues();
    private final TerminalClause clause = mock(TerminalClause.class);
    private final ApplicationUser alice = JiraIssues.user("JIRAUSER10000", "alice");
    private final OwnershipUnconfirmedFunction function = new OwnershipUnconfirmedFunction(ownership,
            jira.issueManager, jira.permissionManager, new BundleI18n("/i18n/async-work-jira.properties"));

    @Test
    void itTakesNoArguments() {
        assertThat(function.validate(alice, new FunctionOperand("ownershipUnconfirmed"), clause).hasAnyErrors())
                .isFalse();
        assertThat(function.validate(alice, new FunctionOperand("ownershipUnconfirmed", "bob"), clause)
                .getErrorMessages()).containsExactly("Function 'ownershipUnconfirmed' takes no arguments, but 1 were given.");
        assertThat(function.getMinimumNumberOfExpectedArguments()).isZero();
    }

    @Test
    void itAnswersTheWaitingIssuesTheSearcherMayBrowse() {
        jira.issue("OPS-1", 10011L, alice);
        jira.issue("HR-2", 10012L);
        jira.issue("DEMO-2", 10002L, alice);
        when(ownership.findItemKeysUnconfirmed(ItemRef.Kind.JIRA_ISSUE, 1000)).thenReturn(List.of("OPS-1", "HR-2", "DEMO-2"));

        assertThat(JiraIssues.ids(function.getValues(JiraIssues.searchBy(alice),
                new FunctionOperand("ownershipUnconfirmed"), clause))).containsExactly(10011L, 10002L);
    }
}
