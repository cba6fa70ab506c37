package works.async.plugin.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import works.async.core.Bounds;
import works.async.core.policy.AgreementPolicy;
import works.async.core.policy.CalendarPolicy;
import works.async.core.policy.EscalationTarget;
import works.async.core.policy.OwnershipPolicy;
import works.async.core.policy.Policy;
import works.async.core.policy.PolicyScope;
import works.async.core.policy.PolicyValidator;
import works.async.core.policy.Principal;
import works.async.core.policy.ReplyPolicy;
import works.async.core.policy.ReportPolicy;
import works.async.core.time.DailyInterval;
import works.async.core.time.WeeklyPattern;

/** What the policy store promises: every field round-trips, unset stays unset (inherit), versions guard edits. */
abstract class PolicyStoreContract {

    abstract AoFixture fixture();

    private AoPolicyStore store;

    @BeforeEach
    void setUp() {
        fixture().clear();
        store = new AoPolicyStore(fixture().ao());
    }

    @Test
    void aLineageIsReadInOneQueryWithEachStoredPolicyUnderItsOwnScopeAndNothingForTheUnset() {
        PolicyScope project = PolicyScope.jiraProject("DEMO");
        PolicyScope bugs = project.withItemType("Bug");
        Policy global = store.save(PolicyScope.global(), Policy.defaults(), 0);
        Policy forBugs = store.save(bugs, Policy.inheritAll()
                .withReply(new ReplyPolicy(Duration.ofHours(2), Map.of(), null, null, null)), 0);
        store.save(PolicyScope.jiraProject("OTHER"), Policy.inheritAll()
                .withReply(new ReplyPolicy(Duration.ofHours(9), Map.of(), null, null, null)), 0);

        List<Map<PolicyScope, Policy>> found = new ArrayList<>();
        int statements = fixture().countStatements(() -> found.add(store.findAll(List.of(PolicyScope.global(), project, bugs))));

        assertThat(statements).isEqualTo(1);
        assertThat(found.get(0)).containsOnly(Map.entry(PolicyScope.global(), global), Map.entry(bugs, forBugs));
    }

    @Test
    void theShippedDefaultsRoundTripAtTheGlobalScope() {
        Policy saved = store.save(PolicyScope.global(), Policy.defaults(), 0);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(store.find(PolicyScope.global())).contains(Policy.defaults().withVersion(1));
    }

    @Test
    void aProjectPolicyKeepsUnsetFieldsUnsetAndEmptyListsEmpty() {
        PolicyScope scope = PolicyScope.jiraProject("DEMO").withItemType("Bug");
        Policy policy = Policy.inheritAll()
                .withOwnership(new OwnershipPolicy(null, Duration.ofHours(4), Set.of(Principal.group("leads"), Principal.user("u:1"))))
                .withReply(new ReplyPolicy(null, Map.of("High", Duration.ofHours(2)), null, null, EscalationTarget.group("ops")))
                .withReports(new ReportPolicy(null, Set.of()))
                .withAgreement(new AgreementPolicy("  Slack for <chat>,\n mail for decisions ", null))
                .withCalendar(new CalendarPolicy(null, Set.of(LocalDate.of(2026, 12, 25))));

        store.save(scope, policy, 0);

        assertThat(store.find(scope)).contains(policy.withVersion(1));
        assertThat(store.find(PolicyScope.jiraProject("DEMO"))).isEmpty();
    }

    @Test
    void aPolicyAtEveryBoundTheValidatorAllowsRoundTrips() {
        Set<Principal> coordinators = new LinkedHashSet<>();
        for (int i = 0; i < Bounds.MAX_PEOPLE; i++) {
            coordinators.add(i % 2 == 0 ? Principal.user(i + "\u00e9\ud83d\ude00".repeat(84)) : Principal.group(i + "g".repeat(250)));
        }
        Map<String, Duration> windows = new LinkedHashMap<>();
        for (int i = 0; i < Bounds.MAX_PRIORITIES; i++) {
            windows.put(i + "p".repeat(29), PolicyValidator.MAX_WINDOW); // 10 names of 30, at the 300 total
        }
        Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<DailyInterval> intervals = new ArrayList<>();
            for (int i = 0; i < Bounds.MAX_INTERVALS_PER_DAY; i++) {
                intervals.add(new DailyInterval(1000 + 2 * i, 1001 + 2 * i)); // four-digit minutes: the longest text
            }
            week.put(day, intervals);
        }
        Set<LocalDate> holidays = new LinkedHashSet<>();
        for (int i = 0; i < Bounds.MAX_HOLIDAYS; i++) {
            holidays.add(Bounds.LATEST_DATE.minusDays(i));
        }
        Policy policy = Policy.defaults()
                .withOwnership(new OwnershipPolicy(true, PolicyValidator.MAX_WINDOW, coordinators))
                .withReply(new ReplyPolicy(PolicyValidator.MAX_WINDOW, windows, true, 0.5, EscalationTarget.group("G".repeat(255))))
                .withReports(new ReportPolicy(PolicyValidator.MAX_WINDOW, Set.of("r".repeat(255))))
                .withAgreement(new AgreementPolicy("a\n".repeat(2000), "\t".repeat(4000)))
                .withCalendar(new CalendarPolicy(WeeklyPattern.of(week), holidays));
        PolicyScope scope = PolicyScope.confluenceSpace("K".repeat(Bounds.MAX_CONTAINER_KEY)).withItemType("t".repeat(Bounds.MAX_ITEM_TYPE));
        assertThat(PolicyValidator.validate(scope, policy)).isEmpty();

        store.save(scope, policy, 0);

        assertThat(store.find(scope)).contains(policy.withVersion(1));
    }

    @Test
    void namesWithControlCharactersRoundTripSoNoStoredValueSplitsInTwo() {
        PolicyScope scope = PolicyScope.jiraProject("DEMO");
        Policy policy = Policy.inheritAll()
                .withOwnership(new OwnershipPolicy(null, null, Set.of(Principal.user("bob\nGROUPX"), Principal.group("esc\u001B[0m\r"))))
                .withReply(new ReplyPolicy(null, Map.of("Hi\ngh", Duration.ofHours(1)), null, null, null))
                .withReports(new ReportPolicy(null, Set.of("tab\tkey", "nul\u0000key")));

        store.save(scope, policy, 0);

        assertThat(store.find(scope)).contains(policy.withVersion(1));
    }

    @Test
    void aStaleEditIsAConflict() {
        PolicyScope scope = PolicyScope.confluenceSpace("TEAM");
        store.save(scope, Policy.inheritAll(), 0);
        store.save(scope, Policy.inheritAll().withAgreement(new AgreementPolicy("first", null)), 1);

        assertThatThrownBy(() -> store.save(scope, Policy.inheritAll().withAgreement(new AgreementPolicy("second", null)), 1))
                .hasMessage("Changed by someone else; reload and try again.");
        assertThat(store.find(scope).orElseThrow().agreement().channels()).isEqualTo("first");
    }
}
