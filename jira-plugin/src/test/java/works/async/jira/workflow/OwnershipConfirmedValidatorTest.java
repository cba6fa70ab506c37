package works.async.jira.workflow;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static works.async.jira.workflow.Ownerships.args;
import static works.async.jira.workflow.Ownerships.demo1;
import static works.async.jira.workflow.Ownerships.transientVarsOf;

import com.atlassian.sal.api.message.I18nResolver;
import com.opensymphony.workflow.InvalidInputException;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import works.async.core.ownership.OwnershipState;
import works.async.plugin.ownership.OwnershipRequestStore;

class OwnershipConfirmedValidatorTest {

    private final I18nResolver i18n = mock(I18nResolver.class);

    @BeforeEach
    void germanTexts() {
        // SAL resolves in the user's language; the validator must show what it returns, not an English constant.
        when(i18n.getText("async-work.jira.workflow.refused.waiting"))
                .thenReturn("Die Verantwortliche hat die Zuständigkeit noch nicht bestätigt.");
        when(i18n.getText("async-work.jira.workflow.refused.declined"))
                .thenReturn("Die Verantwortliche hat die Zuständigkeit abgelehnt.");
        when(i18n.getText("async-work.jira.workflow.refused.unowned"))
                .thenReturn("Niemand hat die Zuständigkeit bestätigt.");
        when(i18n.getText("async-work.jira.workflow.refused.unreadable"))
                .thenReturn("Die Zuständigkeit ließ sich gerade nicht prüfen.");
    }

    @Test
    void aConfirmedOwnershipLetsTheTransitionHappen() {
        assertThatCode(() -> validate(Ownerships.storeWith(OwnershipState.CONFIRMED), args(false)))
                .doesNotThrowAnyException();
    }

    @Test
    void aWaitingRequestRefusesTheTransitionInTheUsersLanguage() {
        assertThatThrownBy(() -> validate(Ownerships.storeWith(OwnershipState.REQUESTED), args(false)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Die Verantwortliche hat die Zuständigkeit noch nicht bestätigt.");
    }

    @Test
    void aDeclinedRequestRefusesTheTransitionEvenWhenUnownedIssuesMayPass() {
        assertThatThrownBy(() -> validate(Ownerships.storeWith(OwnershipState.DECLINED), args(true)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Die Verantwortliche hat die Zuständigkeit abgelehnt.");
    }

    @Test
    void anIssueWithoutOwnershipRequestPassesWhenTheOptionIsOn() {
        assertThatCode(() -> validate(Ownerships.storeWithoutRequest(), args(true))).doesNotThrowAnyException();
    }

    @Test
    void anIssueWithoutOwnershipRequestIsRefusedWhenTheOptionIsOff() {
        assertThatThrownBy(() -> validate(Ownerships.storeWithoutRequest(), args(false)))
                .isInstanceOf(InvalidInputException.class).hasMessage("Niemand hat die Zuständigkeit bestätigt.");
    }

    @Test
    void anUnsetOptionCountsAsOff() {
        assertThatThrownBy(() -> validate(Ownerships.storeWithoutRequest(), Map.of()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aRequestThatEndedWithoutSuccessorCountsAsNoRequest() {
        assertThatCode(() -> validate(Ownerships.storeWith(OwnershipState.SUPERSEDED), args(true)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> validate(Ownerships.storeWith(OwnershipState.WITHDRAWN), args(false)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anUnreadableStoreRefusesAndSaysSoRatherThanPassing() {
        // Even with unowned issues allowed: a waiting request might be behind the failure.
        assertThatThrownBy(() -> validate(Ownerships.storeDown(), args(true)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Die Zuständigkeit ließ sich gerade nicht prüfen.");
    }

    @Test
    void anIssueBeingCreatedHasNoRequestYet() {
        var issue = demo1();
        when(issue.getKey()).thenReturn(null);
        OwnershipConfirmedValidator validator = new OwnershipConfirmedValidator(Ownerships.storeDown(), i18n);

        assertThatCode(() -> validator.validate(transientVarsOf(issue), args(true), null)).doesNotThrowAnyException();
    }

    private void validate(OwnershipRequestStore store, Map<String, String> args) throws Exception {
        new OwnershipConfirmedValidator(store, i18n).validate(transientVarsOf(demo1()), args, null);
    }
}
