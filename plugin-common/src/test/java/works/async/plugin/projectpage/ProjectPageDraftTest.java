package works.async.plugin.projectpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.policy.Policy;
import works.async.core.policy.PolicyScope;
import works.async.core.policy.ReportPolicy;
import works.async.core.report.ReplacedMeeting;
import works.async.plugin.app.AppFixture;
import works.async.plugin.report.ReportActions;
import works.async.plugin.spi.WorkItem;

/** The project page's draft: what it lists, since when, and for whom. The clock starts Monday 2 March 2026, 10:00 UTC. */
class ProjectPageDraftTest {

    private final AppFixture f = new AppFixture();

    ProjectPageDraftTest() {
        f.host.project("DEMO", "Demo project");
        f.host.issue("DEMO-2", null, "carol");
        f.host.issue("DEMO-3", null, "carol");
    }

    private static WorkItem work(String key, String title) {
        return new WorkItem(key, title, "/browse/" + key);
    }

    private void resolved(String key, String title, Instant at) {
        f.host.resolved.computeIfAbsent("DEMO", k -> new java.util.ArrayList<>()).add(Map.entry(work(key, title), at));
    }

    @Test
    void theFirstDraftCoversTheLastSevenDaysAndListsEverySection() {
        resolved("DEMO-7", "Checkout retry", AppFixture.MONDAY_10.minus(Duration.ofDays(2)));
        resolved("DEMO-8", "Old fix", AppFixture.MONDAY_10.minus(Duration.ofDays(9)));
        f.host.inProgress.put("DEMO", List.of(work("DEMO-4", "Search latency")));
        f.host.blocked.put("DEMO", List.of(work("DEMO-5", "Staging credentials")));
        // carol asks bob on DEMO-1 (due Wednesday 10:00); alice is asked to confirm DEMO-2.
        f.as("carol").replies().ask(ItemRef.Kind.JIRA_ISSUE, "DEMO-1", List.of("bob"), "Which bank?", null);
        f.app.events().itemAssigned(f.host.items.get("DEMO-2"), "alice", "carol");
        f.clock.set(Instant.parse("2026-03-05T09:00:00Z"));

        ReportDraft draft = f.as("alice").projectPages().draft("DEMO");

        assertThat(draft.since()).isEqualTo(Instant.parse("2026-02-26T09:00:00Z"));
        assertThat(draft.sinceLastReport()).isFalse();
        assertThat(draft.title()).isEqualTo("Demo project: update of 2026-03-05");
        assertThat(draft.body()).isEqualTo("""
                What changed since 2026-02-26 09:00 (the last 7 days: no report was published on this page before).

                Resolved (1)
                - DEMO-7 Checkout retry

                In progress (1)
                - DEMO-4 Search latency

                Blocked (1)
                - DEMO-5 Staging credentials

                Overdue replies (1)
                - DEMO-1 Issue DEMO-1: a reply was due 2026-03-04 10:00

                Ownership not yet confirmed (1)
                - DEMO-2 Issue DEMO-2: waiting for its owner since 2026-03-02 10:00
                """);
    }

    @Test
    void aDraftCoversTheTimeSinceTheNewestReportPublishedOnThePage() {
        f.as("alice").reports().publish(new ReportActions.Draft(ItemRef.Kind.JIRA_ISSUE, "DEMO", "Week 10", "Done.",
                new ReplacedMeeting("Standup", 15, 5), List.of("bob"), List.of(), null));
        f.clock.advance(Duration.ofDays(3));
        f.as("alice").reports().publish(new ReportActions.Draft(ItemRef.Kind.JIRA_ISSUE, "DEMO", "Week 10b", "Done.",
                new ReplacedMeeting("Standup", 15, 5), List.of("bob"), List.of(), null));
        // A report on one of the project's issues is that issue's, not the page's.
        f.clock.advance(Duration.ofHours(1));
        f.as("alice").reports().publish(new ReportActions.Draft(ItemRef.Kind.JIRA_ISSUE, "DEMO-1", "Issue note", "x",
                new ReplacedMeeting("Sync", 15, 2), List.of("bob"), List.of(), null));
        f.clock.advance(Duration.ofDays(1));

        ReportDraft draft = f.as("bob").projectPages().draft("DEMO");

        assertThat(draft.since()).isEqualTo(AppFixture.MONDAY_10.plus(Duration.ofDays(3)));
        assertThat(draft.sinceLastReport()).isTrue();
        assertThat(f.host.resolvedAskedSince).containsExactly(draft.since());
        assertThat(draft.body()).startsWith("What changed since the last report, published 2026-03-05 10:00.\n\n")
                .contains("Resolved (0)\n- Nothing.\n");
        assertThat(f.as("bob").projectPages().reports("DEMO")).extracting(r -> r.title())
                .containsExactly("Week 10b", "Week 10");
    }

    @Test
    void itemsTheAuthorCannotSeeAreLeftOutOfTheDraft() {
        f.as("carol").replies().ask(ItemRef.Kind.JIRA_ISSUE, "DEMO-1", List.of("bob"), "Which bank?", null);
        f.app.events().itemAssigned(f.host.items.get("DEMO-2"), "alice", "carol");
        f.clock.set(Instant.parse("2026-03-05T09:00:00Z"));
        f.host.restricted.put("DEMO-1", Set.of("carol", "bob"));
        f.host.restricted.put("DEMO-2", Set.of("carol", "alice"));

        String body = f.as("dave").projectPages().draft("DEMO").body();

        assertThat(body).contains("Overdue replies (0)\n- Nothing.", "Ownership not yet confirmed (0)\n- Nothing.")
                .doesNotContain("DEMO-1", "DEMO-2");
    }

    @Test
    void aFullSectionSaysThatItsListStops() {
        List<WorkItem> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            many.add(work("DEMO-" + (100 + i), "Task " + i));
        }
        f.host.inProgress.put("DEMO", many);

        String body = f.as("alice").projectPages().draft("DEMO").body();

        assertThat(body).contains("In progress (25)", "- DEMO-125 Task 25\n- The list stops at 25 entries")
                .doesNotContain("DEMO-126");
    }

    @Test
    void onlyAProjectThatTheCallerMayEditGetsADraft() {
        f.host.viewOnly.add("dave");

        assertThatThrownBy(() -> f.as("dave").projectPages().draft("DEMO"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThat(f.as("dave").projectPages().mayCreate("DEMO")).isFalse();
        assertThat(f.as("alice").projectPages().mayCreate("DEMO")).isTrue();
        assertThatThrownBy(() -> f.as("alice").projectPages().draft("NOPE"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        // An issue is not a project, though the key finds an item.
        assertThatThrownBy(() -> f.as("alice").projectPages().draft("DEMO-1"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void theProjectPolicysDefaultReviewersAreProposedByUserNameWithoutTheAuthorOrAnyoneRemovedOrHiddenFrom() {
        f.host.containerAdmins.put("DEMO", Set.of("alice"));
        f.as("alice").policies().update(PolicyScope.jiraProject("DEMO"),
                Policy.inheritAll().withReports(new ReportPolicy(null, Set.of("carol", "BOB", "alice", "dave"))), 0);
        f.host.users.remove("dave");

        assertThat(f.as("alice").projectPages().draft("DEMO").reviewers()).containsExactly("bob", "carol");
        assertThat(f.as("bob").projectPages().draft("DEMO").reviewers()).containsExactly("alice", "carol");
        f.host.restricted.put("DEMO", Set.of("alice", "bob"));
        assertThat(f.as("alice").projectPages().draft("DEMO").reviewers()).as("carol may not see the project")
                .containsExactly("bob");
    }

    @Test
    void withoutDefaultReviewersTheDraftProposesNobody() {
        assertThat(f.as("alice").projectPages().draft("DEMO").reviewers()).isEmpty();
    }
}
