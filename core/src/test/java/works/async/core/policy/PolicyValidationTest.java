package works.async.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import works.async.core.DomainException;
import works.async.core.ErrorCode;

class PolicyValidationTest {

    private static final PolicyScope PROJECT = PolicyScope.jiraProject("DEMO");

    private final InMemoryPolicyStore store = new InMemoryPolicyStore();
    private final PolicyService policies = new PolicyService(store, Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void everyProblemInADraftIsReportedAtOnceWithItsFieldPath() {
        Map<String, Duration> windows = new LinkedHashMap<>();
        windows.put("Highest", Duration.ofHours(2));
        windows.put("High", Duration.ofMinutes(-30));
        windows.put("Low", null);
        Policy draft = Policy.inheritAll()
                .withOwnership(new OwnershipPolicy(true, Duration.ZERO, null))
                .withReply(new ReplyPolicy(Duration.ofSeconds(90), windows, null, 1.0, EscalationTarget.group(" ")))
                .withNotifications(new NotificationPolicy(null, true, LocalTime.of(9, 0, 30)))
                .withReports(new ReportPolicy(Duration.ofDays(400), new LinkedHashSet<>(List.of("alice", " "))))
                .withAgreement(new AgreementPolicy("x".repeat(4001), "Ring\u0007 the bell"));

        assertThatThrownBy(() -> policies.update(PROJECT, draft, 0))
                .isInstanceOfSatisfying(PolicyValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_POLICY);
                    assertThat(e.field()).isEqualTo("ownership.confirmationWindow");
                    assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                            tuple("ownership.confirmationWindow", "out_of_range"),
                            tuple("reply.defaultWindow", "not_whole_minutes"),
                            tuple("reply.windowsByPriority.High", "out_of_range"),
                            tuple("reply.windowsByPriority.Low", "required"),
                            tuple("reply.reminderFraction", "out_of_range"),
                            tuple("reply.escalationTarget.group", "required"),
                            tuple("notifications.digestAt", "not_whole_minutes"),
                            tuple("reports.feedbackWindow", "out_of_range"),
                            tuple("reports.defaultReviewers[1]", "invalid_name"),
                            tuple("agreement.channels", "too_long"),
                            tuple("agreement.urgentPath", "control_character"));
                });
    }

    @Test
    void anInvalidUpdateLeavesTheStoredPolicyExactlyAsItWas() {
        Policy stored = policies.update(PROJECT, Policy.inheritAll()
                .withReply(new ReplyPolicy(Duration.ofHours(8), Map.of("High", Duration.ofHours(4)), true, 0.5, null)), 0).policy();
        EffectivePolicy effectiveBefore = policies.effective(PROJECT);
        int savesBefore = store.saves;

        assertThatThrownBy(() -> policies.update(PROJECT, stored.withReply(new ReplyPolicy(Duration.ofHours(-1), null, null, 0.0, null)), 1))
                .isInstanceOf(PolicyValidationException.class);

        assertThat(store.saves).isEqualTo(savesBefore);
        assertThat(policies.get(PROJECT)).isEqualTo(stored);
        assertThat(policies.effective(PROJECT)).isEqualTo(effectiveBefore);
    }

    @Test
    void theGlobalPolicyMustSetEveryFieldSoThatResolutionAlwaysHasAnAnswer() {
        assertThatThrownBy(() -> policies.update(PolicyScope.global(), Policy.defaults().withReply(ReplyPolicy.inherit()), 0))
                .isInstanceOfSatisfying(PolicyValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("reply.defaultWindow", "reply.autoRequestOnMentionQuestion",
                                "reply.reminderFraction", "reply.escalationTarget"));
    }

    @Test
    void theShippedDefaultsAreAValidGlobalPolicy() {
        assertThat(PolicyValidator.validate(PolicyScope.global(), Policy.defaults())).isEmpty();
    }

    @Test
    void agreementTextIsStoredExactlyAsTypedIncludingWhitespaceAndLineBreaks() {
        String channels = "  Chat: #team\r\n\tEmail: team@example.com\n\n";
        String urgent = "x".repeat(PolicyValidator.MAX_TEXT);

        Policy saved = policies.update(PROJECT, Policy.inheritAll().withAgreement(new AgreementPolicy(channels, urgent)), 0).policy();

        assertThat(policies.get(PROJECT).agreement().channels()).isEqualTo(channels);
        assertThat(saved.agreement().urgentPath()).isEqualTo(urgent);
        assertThat(policies.effective(PROJECT.withItemType("Bug")).agreementChannels()).isEqualTo(channels);
    }

    @Test
    void aListWithAnEmptyEntryIsRefusedWithTheListsPath() {
        Set<String> withNull = new java.util.HashSet<>();
        withNull.add(null);

        assertThatThrownBy(() -> new ReportPolicy(null, withNull))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("reports.defaultReviewers"));
    }

    @Test
    void escalatingToAGroupNeedsAGroupNameButOtherTargetsDoNot() {
        assertThat(PolicyValidator.validate(PROJECT, Policy.inheritAll()
                .withReply(new ReplyPolicy(null, null, null, null, new EscalationTarget(EscalationTarget.Kind.CONTAINER_LEAD, "ignored")))))
                .isEmpty();
        assertThat(new EscalationTarget(EscalationTarget.Kind.CONTAINER_LEAD, "ignored").group()).isNull();
    }
}
