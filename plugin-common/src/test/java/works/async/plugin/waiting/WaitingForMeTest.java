package works.async.plugin.waiting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import works.async.core.DomainException;
import works.async.core.ItemRef;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.policy.PolicyScope.ContainerKind;
import works.async.core.reply.ReplyOrigin;
import works.async.core.reply.ReplyRequest;
import works.async.core.reply.ReplyState;
import works.async.core.report.MeetingReport;
import works.async.core.report.ReplacedMeeting;
import works.async.core.report.Reviewer;
import works.async.core.report.ReviewerRole;
import works.async.plugin.access.Caller;
import works.async.plugin.agreement.AgreementAcks;
import works.async.plugin.calendar.Calendars;
import works.async.plugin.ownership.OwnershipRequestStore;
import works.async.plugin.reply.ReplyRequestStore;
import works.async.plugin.report.MeetingReportStore;
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.ItemAccess;

/** What waits for the caller: only their own, only on items they may still see, and agreements they have not acknowledged. */
class WaitingForMeTest {

    private static final Instant NOW = Instant.parse("2026-03-09T10:00:00Z");
    private static final ItemRef DEMO_1 = ItemRef.issue("DEMO", "DEMO-1");
    private static final ItemRef DEMO_2 = ItemRef.issue("DEMO", "DEMO-2");
    private static final ItemRef HR_1 = ItemRef.issue("HR", "HR-1");
    private static final ItemRef PAGE = ItemRef.page("TEAM", "1001");

    private final ReplyRequestStore replies = mock(ReplyRequestStore.class);
    private final OwnershipRequestStore ownership = mock(OwnershipRequestStore.class);
    private final MeetingReportStore reports = mock(MeetingReportStore.class);
    private final AgreementAcks acks = mock(AgreementAcks.class);
    private final ItemAccess items = mock(ItemAccess.class);
    private final Calendars calendars = mock(Calendars.class);
    private final Caller caller = mock(Caller.class);
    private final WaitingForMe waiting = new WaitingForMe(replies, ownership, reports, acks, items, calendars, caller,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void bobIsSignedInAndSeesDemoAndTeamButNotHr() {
        when(caller.require()).thenReturn("bob");
        for (ItemRef ref : List.of(DEMO_1, DEMO_2, HR_1, PAGE, ItemRef.projectPage("DEMO"), ItemRef.projectPage("HR"))) {
            when(items.find(ref.kind(), ref.itemKey())).thenReturn(Optional.of(new HostItem(ref,
                    ref.namesProjectPage() ? "Project " + ref.containerKey() : "Title of " + ref.itemKey(),
                    null, null, null, null, null, false)));
            when(items.canView("bob", ref)).thenReturn(!ref.containerKey().equals("HR"));
        }
        when(items.canViewContainer("bob", ContainerKind.CONFLUENCE_SPACE, "TEAM")).thenReturn(true);
        when(acks.acknowledgedAt(any(), anyString(), anyString())).thenReturn(Optional.empty());
    }

    @Test
    void anItemTheCallerCanNoLongerSeeIsLeftOutOfEveryList() {
        when(replies.findOpenByRecipient("bob", WaitingForMe.MAX_PER_KIND))
                .thenReturn(List.of(reply("r-hr", HR_1), reply("r-1", DEMO_1)));
        when(ownership.findWaitingForOwner("bob", WaitingForMe.MAX_PER_KIND))
                .thenReturn(List.of(owned("o-hr", HR_1), owned("o-2", DEMO_2)));
        when(reports.findAwaitingFeedbackFrom("bob", WaitingForMe.MAX_PER_KIND))
                .thenReturn(List.of(report("rep-hr", ItemRef.projectPage("HR")), report("rep-1", PAGE)));

        WaitingForMe.Waiting mine = waiting.mine();

        assertThat(mine.replies()).extracting(o -> o.request().id()).containsExactly("r-1");
        assertThat(mine.replies().get(0).item().title()).isEqualTo("Title of DEMO-1");
        assertThat(mine.ownership()).extracting(o -> o.request().id()).containsExactly("o-2");
        assertThat(mine.reports()).extracting(o -> o.request().id()).containsExactly("rep-1");
        assertThat(mine.agreements()).extracting(WaitingForMe.Agreement::containerKey).containsExactly("DEMO", "TEAM")
                .doesNotContain("HR");
    }

    @Test
    void eachItemIsCheckedOnceHoweverManyRequestsAreOnIt() {
        when(replies.findOpenByRecipient("bob", WaitingForMe.MAX_PER_KIND))
                .thenReturn(List.of(reply("r-1", DEMO_1), reply("r-2", DEMO_1)));
        when(ownership.findWaitingForOwner("bob", WaitingForMe.MAX_PER_KIND)).thenReturn(List.of(owned("o-1", DEMO_1)));

        assertThat(waiting.mine().replies()).hasSize(2);

        verify(items, times(1)).canView("bob", DEMO_1);
    }

    @Test
    void anAcknowledgedAgreementNoLongerWaits() {
        when(replies.findOpenByRecipient("bob", WaitingForMe.MAX_PER_KIND))
                .thenReturn(List.of(reply("r-1", DEMO_1), reply("r-p", PAGE)));
        when(acks.acknowledgedAt(ContainerKind.JIRA_PROJECT, "DEMO", "bob")).thenReturn(Optional.of(NOW));

        assertThat(waiting.mine().agreements()).containsExactly(
                new WaitingForMe.Agreement(ContainerKind.CONFLUENCE_SPACE, "TEAM", "TEAM"));
    }

    @Test
    void theFiguresCountTheCallersOwnAgreementsOfTheWeeksWithNothingWithheld() {
        ReplyRequest late = answered(reply("r-late", DEMO_1), NOW.minusSeconds(60), NOW.minusSeconds(1800));
        ReplyRequest kept = answered(reply("r-kept", DEMO_1), NOW.minusSeconds(60), NOW.plusSeconds(3600));
        when(replies.findByRecipientOpenedSince(eq("bob"), any(), anyInt())).thenReturn(List.of(late, kept));
        when(calendars.underGlobalPolicy()).thenReturn(userKey -> works.async.core.time.WorkingCalendar.of(
                works.async.core.time.WeeklyPattern.mondayToFriday("09:00", "17:00"), ZoneOffset.UTC,
                java.util.Set.of(), List.of()));

        WaitingForMe.Waiting mine = waiting.mine();

        assertThat(mine.figures().replies()).isNotNull();
        assertThat(mine.figures().replies().answered()).isEqualTo(2);
        assertThat(mine.figures().replies().withinWindow()).isEqualTo(1);
        assertThat(mine.figures().withheld()).isEmpty();
        verify(replies).findByRecipientOpenedSince(eq("bob"), eq(Instant.parse("2026-01-19T00:00:00Z")), anyInt());
    }

    @Test
    void nobodySignedInIsRefusedBeforeAnythingIsRead() {
        when(caller.require()).thenThrow(new DomainException(works.async.core.ErrorCode.UNAUTHENTICATED, null, "Sign in."));

        assertThatThrownBy(waiting::mine).isInstanceOf(DomainException.class);
        verify(replies, times(0)).findOpenByRecipient(anyString(), anyInt());
    }

    private static ReplyRequest reply(String id, ItemRef item) {
        return new ReplyRequest(id, "g-" + id, item, null, "alice", "bob", "Why?", ReplyOrigin.explicit(),
                Duration.ofHours(16), NOW.minusSeconds(3600), NOW.plusSeconds(86_400), null, ReplyState.OPEN, null,
                null, null, null, false, 0, 1);
    }

    private static ReplyRequest answered(ReplyRequest r, Instant at, Instant due) {
        return new ReplyRequest(r.id(), r.groupId(), r.item(), r.itemType(), r.asker(), r.recipient(), r.question(),
                r.origin(), r.window(), r.openedAt(), due, null, ReplyState.ANSWERED, at, "bob", null,
                "c-1", false, 0, 2);
    }

    private static OwnershipRequest owned(String id, ItemRef item) {
        return OwnershipRequest.requested(id, item, "bob", "alice", Duration.ofHours(8), NOW.minusSeconds(600),
                NOW.plusSeconds(3600));
    }

    private static MeetingReport report(String id, ItemRef item) {
        return new MeetingReport(id, item, "Weekly " + id, "Body", ReplacedMeeting.of("Weekly", 30, 5), "alice",
                List.of(Reviewer.of("bob", ReviewerRole.REQUIRED, NOW.plusSeconds(7200))), Duration.ofHours(16),
                NOW.minusSeconds(60), MeetingReport.ReportState.OPEN, null, null, List.of(), 1);
    }
}
