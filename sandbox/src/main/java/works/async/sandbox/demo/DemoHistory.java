package works.async.sandbox.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import works.async.core.ItemRef;
import works.async.core.reply.ReplyRequest;
import works.async.plugin.reply.ReplyActions;
import works.async.sandbox.auth.CurrentUser;
import works.async.sandbox.clock.SeedingClock;
import works.async.sandbox.host.ConfluenceStore;
import works.async.sandbox.host.JiraStore;
import works.async.sandbox.host.Page;
import works.async.sandbox.host.UserStore;

/**
 * Five past weeks of questions in project DEMO and space TEAM, each asked on a Tuesday and answered by its
 * recipients, some in time and some late, so the insights of a fresh demo show weeks of history. Everything goes
 * through the app's own reply actions with the sandbox's clock set back to the moment it happened, so the stored rows
 * are those real use would have stored. Every question is answered in the past: nothing is left open to be reminded
 * or escalated now, so no mail is sent for these old events.
 */
final class DemoHistory {

    /** One question of one past week: {@code weeksAgo} counts back from the current week; late recipients answer late. */
    private record Asked(int weeksAgo, String item, String asker, List<String> recipients, List<String> late,
                         String question) {
    }

    /** Five people answer in each place (alice, bob, carol, dinesh, emma): enough for the team figures to be shown. */
    private static final List<Asked> DEMO = List.of(
            new Asked(5, "DEMO-4", "emma", List.of("dinesh", "carol"), List.of("carol"),
                    "Which iPhone models do you see the rotation on?"),
            new Asked(4, "DEMO-6", "admin", List.of("bob", "alice"), List.of(),
                    "Who else needs the new staging credentials?"),
            new Asked(3, "DEMO-7", "dinesh", List.of("carol", "emma"), List.of("emma"),
                    "Does the Auckland build read the locale from the browser or the profile?"),
            new Asked(2, "DEMO-8", "emma", List.of("alice", "bob"), List.of("bob"),
                    "Should dark mode follow the system setting by default?"),
            new Asked(1, "DEMO-4", "carol", List.of("dinesh", "emma"), List.of(),
                    "Can you attach one of the rotated photos?"));

    /** In space TEAM, on the page titled {@code item}. */
    private static final List<Asked> TEAM = List.of(
            new Asked(5, "Our working agreement", "bob", List.of("alice", "carol"), List.of("carol"),
                    "Can we agree on a 24-hour reply window for questions like this one?"),
            new Asked(4, "Our working agreement", "alice", List.of("dinesh", "emma"), List.of(),
                    "Do the quiet hours work for Kolkata and Auckland?"),
            new Asked(3, "Launch plan: new onboarding", "alice", List.of("bob", "carol"), List.of("bob"),
                    "Is the welcome email copy final?"),
            new Asked(2, "Launch plan: new onboarding", "carol", List.of("emma", "dinesh"), List.of("dinesh"),
                    "Which markets get the Portuguese version first?"),
            new Asked(1, "Our working agreement", "dinesh", List.of("alice", "bob"), List.of(),
                    "Shall we add 'no decisions in chat' to the agreement?"));

    private final SeedingClock clock;
    private final ReplyActions replies;
    private final UserStore users;
    private final JiraStore jira;
    private final ConfluenceStore confluence;

    DemoHistory(SeedingClock clock, ReplyActions replies, UserStore users, JiraStore jira, ConfluenceStore confluence) {
        this.clock = clock;
        this.replies = replies;
        this.users = users;
        this.jira = jira;
        this.confluence = confluence;
    }

    /** Seeds the past weeks before the clock's current time; the clock is the present again afterwards. */
    void seed() {
        Instant now = clock.instant();
        LocalDate thisMonday = LocalDate.ofInstant(now, ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        try {
            for (Asked a : DEMO) {
                if (jira.issue(a.item()).isPresent()) {
                    ask(a, ItemRef.Kind.JIRA_ISSUE, a.item(), thisMonday, now);
                }
            }
            for (Asked a : TEAM) {
                Optional<Page> page = confluence.pages("TEAM").stream().filter(p -> p.title().equals(a.item())).findFirst();
                if (page.isPresent()) {
                    ask(a, ItemRef.Kind.CONFLUENCE_PAGE, Long.toString(page.get().id()), thisMonday, now);
                }
            }
        } finally {
            clock.release();
            CurrentUser.clear();
        }
    }

    private void ask(Asked a, ItemRef.Kind kind, String itemKey, LocalDate thisMonday, Instant now) {
        // Tuesday 09:00 UTC: a working hour in Europe; the others' windows start at their own next working hour.
        Instant askedAt = thisMonday.minusWeeks(a.weeksAgo()).plusDays(1).atTime(9, 0).toInstant(ZoneOffset.UTC);
        clock.seedAt(askedAt);
        as(a.asker());
        List<ReplyRequest> asked = replies.ask(kind, itemKey, a.recipients(), a.question(), null);
        List<ReplyRequest> byAnswer = new ArrayList<>(asked);
        byAnswer.sort(Comparator.comparing(r -> answeredAt(r, a)));
        for (ReplyRequest r : byAnswer) {
            Instant at = answeredAt(r, a);
            if (!at.isBefore(now)) {
                continue; // Never an answer from the future; such a request stays open as in real use.
            }
            clock.seedAt(at);
            as(r.recipient());
            replies.answer(r.id());
        }
    }

    /** In time: halfway through the window; late: half a day after it ended. */
    private static Instant answeredAt(ReplyRequest r, Asked a) {
        boolean late = a.late().contains(r.recipient());
        return late ? r.dueAt().plus(Duration.ofHours(12))
                : r.openedAt().plus(Duration.between(r.openedAt(), r.dueAt()).dividedBy(2));
    }

    private void as(String key) {
        users.byKey(key).ifPresent(CurrentUser::set);
    }
}
