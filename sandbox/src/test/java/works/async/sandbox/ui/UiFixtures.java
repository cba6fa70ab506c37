package works.async.sandbox.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import works.async.core.ItemRef;
import works.async.core.escalation.DeadlineKind;
import works.async.core.escalation.Notification;
import works.async.core.escalation.NotificationKey;
import works.async.core.insight.TeamInsights;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.ownership.OwnershipState;
import works.async.core.policy.AgreementPolicy;
import works.async.core.policy.EffectivePolicy;
import works.async.core.policy.Policy;
import works.async.core.policy.PolicyField;
import works.async.core.policy.PolicyScope;
import works.async.core.policy.Resolved;
import works.async.core.reply.ReplyOrigin;
import works.async.core.reply.ReplyRequest;
import works.async.core.reply.ReplyState;
import works.async.core.report.Feedback;
import works.async.core.report.FeedbackKind;
import works.async.core.report.MeetingReport;
import works.async.core.report.ReplacedMeeting;
import works.async.core.report.Reviewer;
import works.async.core.report.ReviewerRole;
import works.async.core.schedule.PersonalSchedule;
import works.async.core.time.TimeOff;
import works.async.core.time.WeeklyPattern;
import works.async.plugin.outbox.OutboxRow;
import works.async.plugin.report.ReportSummary;
import works.async.plugin.spi.HostUser;
import works.async.plugin.spi.UserDirectory;
import works.async.plugin.web.People;
import works.async.plugin.web.Screen;
import works.async.plugin.web.Texts;
import works.async.plugin.web.TimeTexts;
import works.async.sandbox.sal.BundleI18nResolver;

/**
 * Realistic agreements for rendering every template, with hostile text in every field a person can type: questions,
 * reasons, report titles and bodies, feedback, meeting names, policy texts, action items and display names.
 */
final class UiFixtures {

    /** Script, event-handler attribute and javascript: URL in one string. */
    static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)>"
            + "<a href=\"javascript:alert(2)\">go</a>\"'&";

    static final Instant NOW = Instant.parse("2026-03-09T10:00:00Z");
    static final ItemRef ISSUE = ItemRef.issue("DEMO", "DEMO-1");
    static final ItemRef PAGE = ItemRef.page("TEAM", "1001");

    static final BundleI18nResolver I18N = new BundleI18nResolver(List.of("i18n/async-work-ui", "i18n/async-work"));

    private static final Map<String, HostUser> USERS = new HashMap<>();

    static {
        user("alice", "Alice " + HOSTILE, "Europe/Berlin");
        user("bob", "Bob " + HOSTILE, "America/New_York");
        user("carol", "Carol", "Pacific/Auckland");
        user("admin", "Admin", "Europe/London");
    }

    private UiFixtures() {
    }

    private static void user(String key, String name, String zone) {
        USERS.put(key, new HostUser(key, key, name, ZoneId.of(zone)));
    }

    static UserDirectory directory() {
        return new UserDirectory() {
            @Override
            public Optional<HostUser> byKey(String key) {
                return Optional.ofNullable(USERS.get(key));
            }

            @Override
            public Optional<HostUser> byUsername(String username) {
                return byKey(username);
            }

            @Override
            public List<HostUser> search(String query, int limit) {
                return List.of();
            }

            @Override
            public Optional<String> group(String name) {
                return Optional.empty();
            }

            @Override
            public List<String> searchGroups(String query, int limit) {
                return List.of();
            }
        };
    }

    /** The screen as {@code viewer} sees it. */
    static Screen screen(String viewer) {
        Texts texts = new Texts(I18N);
        return new Screen(People.of(USERS.get(viewer)), new People(directory()),
                new TimeTexts(texts, Clock.fixed(NOW, ZoneOffset.UTC)), texts, "/ctx");
    }

    static OwnershipRequest ownershipRequested() {
        return OwnershipRequest.requested("own-1", ISSUE, "bob", "alice", Duration.ofHours(8), NOW.minusSeconds(3600),
                NOW.plusSeconds(86_400));
    }

    static OwnershipRequest ownershipDeclined() {
        return new OwnershipRequest("own-2", ISSUE, "bob", "alice", Duration.ofHours(8), NOW.minusSeconds(7200),
                NOW.plusSeconds(3600), OwnershipState.DECLINED, null, HOSTILE, "bob", false, NOW, null, false, 0, 2);
    }

    static OwnershipRequest ownershipConfirmedOnBehalf() {
        return new OwnershipRequest("own-3", PAGE, "bob", "alice", Duration.ofHours(8), NOW.minusSeconds(7200),
                NOW.plusSeconds(3600), OwnershipState.CONFIRMED, LocalDate.of(2026, 3, 20), null, "carol", true, NOW,
                null, false, 0, 2);
    }

    static ReplyRequest replyOpen(String id, String asker, String recipient, ItemRef item) {
        return new ReplyRequest(id, "g-" + id, item, null, asker, recipient, HOSTILE, ReplyOrigin.explicit(),
                Duration.ofHours(16), NOW.minusSeconds(600), NOW.plusSeconds(172_800), null, ReplyState.OPEN, null, null,
                null, null, false, 0, 1);
    }

    static ReplyRequest replyRenegotiatedAutomatic() {
        return new ReplyRequest("r-3", "g-3", ISSUE, null, "alice", "bob", HOSTILE, ReplyOrigin.automaticMention("c-1"),
                Duration.ofHours(16), NOW.minusSeconds(600), NOW.minusSeconds(60), NOW.plusSeconds(400_000),
                ReplyState.OPEN, null, null, null, null, false, 0, 2);
    }

    static ReplyRequest replyAnswered() {
        return new ReplyRequest("r-4", "g-4", ISSUE, null, "alice", "bob", HOSTILE, ReplyOrigin.explicit(),
                Duration.ofHours(16), NOW.minusSeconds(9000), NOW.plusSeconds(3600), null, ReplyState.ANSWERED,
                NOW.minusSeconds(100), "bob", null, null, false, 0, 2);
    }

    static ReportSummary reportSummary() {
        return new ReportSummary("rep-1", HOSTILE, "alice", NOW.minusSeconds(3600), NOW.plusSeconds(86_400),
                MeetingReport.ReportState.OPEN, 1);
    }

    static MeetingReport report(boolean closed) {
        List<Reviewer> reviewers = List.of(Reviewer.of("bob", ReviewerRole.REQUIRED, NOW.plusSeconds(86_400)),
                Reviewer.of("carol", ReviewerRole.OPTIONAL, NOW.minusSeconds(60)));
        List<Feedback> feedback = List.of(
                Feedback.of("f-1", "bob", FeedbackKind.QUESTION, HOSTILE, NOW.minusSeconds(300)),
                Feedback.of("f-2", "carol", FeedbackKind.OBJECTION, HOSTILE, NOW.minusSeconds(200)));
        return new MeetingReport("rep-1", PAGE, HOSTILE, HOSTILE + "\nsecond line", ReplacedMeeting.of(HOSTILE, 30, 8),
                "alice", reviewers, Duration.ofHours(16), NOW.minusSeconds(3600),
                closed ? MeetingReport.ReportState.CLOSED : MeetingReport.ReportState.OPEN,
                closed ? NOW : null, closed ? MeetingReport.CloseReason.DEADLINE_PASSED : null, feedback, 3);
    }

    static Policy policyWithHostileText() {
        return Policy.defaults().withAgreement(new AgreementPolicy(HOSTILE, HOSTILE)).withVersion(4);
    }

    static EffectivePolicy effective(PolicyScope scope, Policy policy) {
        Map<PolicyField<?>, Resolved<?>> values = new HashMap<>();
        for (PolicyField<?> field : PolicyField.ALL) {
            values.put(field, resolved(field, policy));
        }
        return new EffectivePolicy(scope, values, Map.of("High", new Resolved<>(Duration.ofHours(4), scope)));
    }

    private static <T> Resolved<T> resolved(PolicyField<T> field, Policy policy) {
        return new Resolved<>(field.valueIn(policy), PolicyScope.global());
    }

    static PersonalSchedule schedule() {
        return new PersonalSchedule("alice", WeeklyPattern.mondayToFriday("08:00", "16:00"),
                Set.of(LocalDate.of(2026, 12, 24)),
                List.of(new TimeOff(Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2026-04-03T00:00:00Z"))), 2);
    }

    static TeamInsights insights() {
        return new TeamInsights("DEMO", 2, new TeamInsights.Kept(10, 8), new TeamInsights.Kept(4, 3), 90L, 300L, 1,
                new BigDecimal("6.00"), List.of(
                        new TeamInsights.Week(LocalDate.of(2026, 3, 2), 5, 1, new BigDecimal("4.00")),
                        new TeamInsights.Week(LocalDate.of(2026, 3, 9), 4, 0, new BigDecimal("2.00"))));
    }

    /** A waiting reminder, a failing escalation and a parked one, the errors holding markup as a mailer might. */
    static List<OutboxRow> pending() {
        ItemRef demo1 = ItemRef.issue("DEMO", "DEMO-1");
        return List.of(
                new OutboxRow(3, new Notification(new NotificationKey("r-2", DeadlineKind.REPLY, 2), "bob", "bob",
                        NOW.minusSeconds(7200), NOW.plusSeconds(600), false), OutboxRow.State.PARKED, 8,
                        "550 <bob@example.com> refused " + HOSTILE, NOW.minusSeconds(60), demo1),
                new OutboxRow(1, new Notification(new NotificationKey("r-1", DeadlineKind.REPLY, 1), "alice", "bob",
                        NOW.plusSeconds(3600), NOW.plusSeconds(7200), false), OutboxRow.State.FAILING, 2,
                        "", NOW.minusSeconds(120), ItemRef.page("TEAM", "42")),
                new OutboxRow(2, new Notification(NotificationKey.reminder("own-1", DeadlineKind.OWNERSHIP), "bob", "bob",
                        NOW.plusSeconds(3600), NOW.plusSeconds(1800), true), OutboxRow.State.WAITING, 0, null, null,
                        null));
    }

    /** Item titles as the host would give them (with markup, to prove it is printed as text). */
    /** A reply request the pass could not plan (its problem text as hostile as any), and a reviewer whose report is gone. */
    static List<works.async.plugin.escalation.Attention.Row> attention() {
        return List.of(
                new works.async.plugin.escalation.Attention.Row(works.async.core.escalation.DeadlineKind.REPLY, "r-9", ISSUE,
                        "The calendar has no working time " + HOSTILE, 2, NOW.plusSeconds(600)),
                new works.async.plugin.escalation.Attention.Row(works.async.core.escalation.DeadlineKind.REPORT_FEEDBACK,
                        "rep-1/bob", null, "begin 0, end -1", 1, NOW.plusSeconds(300)));
    }

    static Optional<String> itemTitle(ItemRef item) {
        return item.itemKey().equals("DEMO-1") ? Optional.of("Checkout " + HOSTILE) : Optional.empty();
    }
}
