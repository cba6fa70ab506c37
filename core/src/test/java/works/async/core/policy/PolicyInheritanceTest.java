package works.async.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import works.async.core.ItemRef;
import works.async.core.time.WeeklyPattern;

class PolicyInheritanceTest {

    private static final PolicyScope GLOBAL = PolicyScope.global();
    private static final PolicyScope PROJECT = PolicyScope.jiraProject("DEMO");
    private static final PolicyScope BUGS = PROJECT.withItemType("Bug");

    private final InMemoryPolicyStore store = new InMemoryPolicyStore();
    private final PolicyService policies = new PolicyService(store, Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void withNothingConfiguredEveryScopeGetsTheShippedDefaultsFromGlobal() {
        EffectivePolicy effective = policies.effective(BUGS);

        assertThat(effective.confirmationRequired()).isTrue();
        assertThat(effective.confirmationWindow()).isEqualTo(Duration.ofHours(8));
        assertThat(effective.replyWindowFor("High").value()).isEqualTo(Duration.ofHours(16));
        assertThat(effective.reminderFraction()).isEqualTo(0.75);
        assertThat(effective.escalationTarget()).isEqualTo(EscalationTarget.reporter());
        assertThat(effective.defaultPattern()).isEqualTo(WeeklyPattern.mondayToFriday("09:00", "17:00"));
        for (PolicyField<?> field : PolicyField.ALL) {
            assertThat(effective.resolved(field).source()).as(field.path()).isEqualTo(GLOBAL);
        }
    }

    @Test
    void eachFieldComesFromTheMostSpecificScopeThatSetsItAndSaysWhichOne() {
        policies.update(GLOBAL, Policy.defaults().withAgreement(new AgreementPolicy("Slack for chat", "Call the on-call phone")), 0);
        policies.update(PROJECT, Policy.inheritAll()
                .withOwnership(new OwnershipPolicy(null, Duration.ofHours(4), null))
                .withReply(new ReplyPolicy(Duration.ofHours(8), null, true, null, null)), 0);
        policies.update(BUGS, Policy.inheritAll()
                .withReply(new ReplyPolicy(Duration.ofHours(2), null, null, null, EscalationTarget.group("bug-triage"))), 0);

        EffectivePolicy bugs = policies.effective(BUGS);

        assertThat(bugs.resolved(PolicyField.REPLY_DEFAULT_WINDOW)).isEqualTo(new Resolved<>(Duration.ofHours(2), BUGS));
        assertThat(bugs.resolved(PolicyField.ESCALATION_TARGET)).isEqualTo(new Resolved<>(EscalationTarget.group("bug-triage"), BUGS));
        assertThat(bugs.resolved(PolicyField.CONFIRMATION_WINDOW)).isEqualTo(new Resolved<>(Duration.ofHours(4), PROJECT));
        assertThat(bugs.resolved(PolicyField.AUTO_REQUEST_ON_MENTION_QUESTION)).isEqualTo(new Resolved<>(true, PROJECT));
        assertThat(bugs.resolved(PolicyField.AGREEMENT_CHANNELS)).isEqualTo(new Resolved<>("Slack for chat", GLOBAL));
        assertThat(bugs.resolved(PolicyField.CONFIRMATION_REQUIRED).setAt(BUGS)).isFalse();

        EffectivePolicy tasks = policies.effective(PROJECT.withItemType("Task"));
        assertThat(tasks.resolved(PolicyField.REPLY_DEFAULT_WINDOW)).isEqualTo(new Resolved<>(Duration.ofHours(8), PROJECT));
        assertThat(policies.effective(PolicyScope.jiraProject("OTHER")).resolved(PolicyField.REPLY_DEFAULT_WINDOW))
                .isEqualTo(new Resolved<>(Duration.ofHours(16), GLOBAL));
    }

    @Test
    void aProjectCanChangeOnePriorityWindowAndKeepTheGlobalWindowsOfOtherPriorities() {
        policies.update(GLOBAL, Policy.defaults().withReply(new ReplyPolicy(Duration.ofHours(16),
                Map.of("Highest", Duration.ofHours(2), "High", Duration.ofHours(8)), false, 0.75, EscalationTarget.reporter())), 0);
        policies.update(PROJECT, Policy.inheritAll().withReply(new ReplyPolicy(null, Map.of("High", Duration.ofHours(4)), null, null, null)), 0);

        EffectivePolicy effective = policies.effective(BUGS);

        assertThat(effective.replyWindowFor("High")).isEqualTo(new Resolved<>(Duration.ofHours(4), PROJECT));
        assertThat(effective.replyWindowFor("Highest")).isEqualTo(new Resolved<>(Duration.ofHours(2), GLOBAL));
        assertThat(effective.replyWindowFor("Low")).isEqualTo(new Resolved<>(Duration.ofHours(16), GLOBAL));
        assertThat(effective.replyWindowFor(null).value()).isEqualTo(Duration.ofHours(16));
    }

    @Test
    void emptyListsAtANarrowerScopeMeanNoneRatherThanInherit() {
        policies.update(GLOBAL, Policy.defaults()
                .withOwnership(new OwnershipPolicy(true, Duration.ofHours(8), Set.of(Principal.group("jira-coordinators"))))
                .withCalendar(new CalendarPolicy(WeeklyPattern.mondayToFriday("09:00", "17:00"), Set.of(LocalDate.of(2026, 12, 25)))), 0);
        policies.update(PROJECT, Policy.inheritAll()
                .withOwnership(new OwnershipPolicy(null, null, Set.of()))
                .withCalendar(new CalendarPolicy(null, Set.of(LocalDate.of(2026, 5, 1)))), 0);

        assertThat(policies.effective(PROJECT).coordinators()).isEmpty();
        assertThat(policies.effective(PROJECT).holidays()).containsExactly(LocalDate.of(2026, 5, 1));
        assertThat(policies.effective(GLOBAL).coordinators()).containsExactly(Principal.group("jira-coordinators"));
    }

    @Test
    void anEffectivePolicyAlreadyHandedOutDoesNotChangeWhenThePolicyIsUpdatedLater() {
        EffectivePolicy before = policies.effective(PROJECT);

        policies.update(PROJECT, Policy.inheritAll().withReply(new ReplyPolicy(Duration.ofHours(1), null, null, null, null)), 0);

        assertThat(before.replyWindowFor("High").value()).isEqualTo(Duration.ofHours(16));
        assertThat(policies.effective(PROJECT).replyWindowFor("High").value()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void confluenceSpacesAndJiraProjectsWithTheSameKeyHaveSeparatePolicies() {
        policies.update(PolicyScope.confluenceSpace("DEMO"),
                Policy.inheritAll().withReports(new ReportPolicy(Duration.ofHours(24), Set.of("alice"))), 0);

        assertThat(policies.effective(PolicyScope.of(ItemRef.page("DEMO", "12345"), null)).feedbackWindow()).isEqualTo(Duration.ofHours(24));
        assertThat(policies.effective(PolicyScope.of(ItemRef.issue("DEMO", "DEMO-1"), "Bug")).feedbackWindow()).isEqualTo(Duration.ofHours(16));
    }
}
