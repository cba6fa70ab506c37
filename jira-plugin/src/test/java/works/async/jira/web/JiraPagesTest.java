package works.async.jira.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;

import com.atlassian.sal.api.message.I18nResolver;
import org.junit.jupiter.api.Test;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.policy.PolicyScope;

/**
 * What every page does with what it cannot show: a refusal of the shared services keeps its status, a failure is a
 * 500 page with a sentence and no trace of the exception, and all of it is in the user's language, in UTF-8.
 */
class JiraPagesTest {

    private final PageFixture jira = new PageFixture();

    @Test
    void aFailureWhileReadingTheScreenIsA500PageThatGivesNothingAway() throws IOException {
        jira.signIn("JIRAUSER10000", true);
        when(jira.screens.policy(PolicyScope.global()))
                .thenThrow(new IllegalStateException(
                        "SQL error in works.async.plugin.ao.AoPolicyStore: AO_1A2B_POLICY"));
        PageFixture.Answer answer = new PageFixture.Answer();

        globalPolicy().doGet(PageFixture.get("/admin", null, null), answer.response);

        assertThat(answer.status).isEqualTo(500);
        assertThat(answer.body()).contains("Something went wrong on the server.")
                .doesNotContain("SQL").doesNotContain("works.async").doesNotContain("Exception").doesNotContain("AO_");
        verify(jira.requiredResources(), never()).requireWebResource(any());
    }

    @Test
    void aRefusalOfTheSharedServicesKeepsItsStatusAndItsText() throws IOException {
        jira.signIn("JIRAUSER10000", true);
        when(jira.screens.policy(PolicyScope.global()))
                .thenThrow(new DomainException(ErrorCode.FORBIDDEN, null, "Only administrators can do this."));
        PageFixture.Answer answer = new PageFixture.Answer();

        globalPolicy().doGet(PageFixture.get("/admin", null, null), answer.response);

        assertThat(answer.status).isEqualTo(403);
        assertThat(answer.body()).contains("You are not allowed to do this.").doesNotContain("rendered");
    }

    @Test
    void theRefusalIsWrittenInTheUsersLanguageInUtf8() throws IOException {
        I18nResolver german = mock(I18nResolver.class);
        when(german.getText(anyString(), any(java.io.Serializable[].class))).thenAnswer(call -> call.getArgument(0));
        when(german.getText("async-work.jira.web.error.admin"))
                .thenReturn("Nur Jira-Administratoren dürfen diese Seite öffnen.");
        jira.i18n = german;
        jira.signIn("JIRAUSER10100", false);
        PageFixture.Answer answer = new PageFixture.Answer();

        globalPolicy().doGet(PageFixture.get("/admin", null, null), answer.response);

        assertThat(answer.status).isEqualTo(403);
        assertThat(answer.contentType).isEqualTo("text/html;charset=UTF-8");
        assertThat(answer.body()).contains("<title>Nur Jira-Administratoren dürfen diese Seite öffnen.</title>")
                .contains("<p>Nur Jira-Administratoren dürfen diese Seite öffnen.</p>");
    }

    private GlobalPolicyServlet globalPolicy() {
        return new GlobalPolicyServlet(jira.gate(), jira.pages(), jira.screens);
    }
}
