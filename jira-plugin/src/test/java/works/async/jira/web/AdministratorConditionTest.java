package works.async.jira.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import works.async.plugin.access.Caller;
import works.async.plugin.page.AdministratorCondition;

/** The admin menu entries are shown to Jira administrators only. */
class AdministratorConditionTest {

    private final PageFixture jira = new PageFixture();
    private final AdministratorCondition condition = new AdministratorCondition(new Caller(jira.users));

    @Test
    void aJiraAdministratorSeesTheEntries() {
        jira.signIn("JIRAUSER10000", true);

        assertThat(condition.shouldDisplay(Map.of())).isTrue();
    }

    @Test
    void otherUsersAndAnonymousVisitorsDoNot() {
        assertThat(condition.shouldDisplay(Map.of())).as("anonymous").isFalse();

        jira.signIn("JIRAUSER10100", false);

        assertThat(condition.shouldDisplay(Map.of())).as("not an administrator").isFalse();
    }
}
