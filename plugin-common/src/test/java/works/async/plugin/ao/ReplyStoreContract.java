package works.async.plugin.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.reply.ReplyRequest;
import works.async.core.reply.ReplyState;
import works.async.plugin.followup.DueCursor;
import works.async.plugin.followup.Followup;
import works.async.plugin.followup.GuardedWrite;
import works.async.plugin.followup.Scheduled;

/** What the reply store promises on any database: exact round trips, the lookups, bounded scans, conflicts. */
abstract class ReplyStoreContract {

    abstract AoFixture fixture();

    private AoReplyStore store;

    @BeforeEach
    void setUp() {
        fixture().clear();
        store = new AoReplyStore(fixture().ao());
    }

    @Test
    void aSavedRequestReadsBackExactly() {
        ReplyRequest request = Requests.openReply("r1", Requests.DEMO_1, "bob", Requests.T0.plusSeconds(7200));
        store.save(request, 0);

        assertThat(store.findById("r1")).contains(request);
        assertThat(store.findById("nope")).isEmpty();
    }

    @Test
    void answeringIsKeptWithItsNewVersionAndLeavesTheOpenLists() {
        ReplyRequest request = Requests.openReply("r1", Requests.DEMO_1, "bob", Requests.T0.plusSeconds(7200));
        store.save(request, 0);
        ReplyRequest answered = Requests.answered(request, "bob");

        store.save(answered, 1);

        assertThat(store.findById("r1")).contains(answered);
        assertThat(store.findOpenByRecipient("bob")).isEmpty();
        assertThat(store.findOpenByItemAndRecipient(Requests.DEMO_1, "bob")).isEmpty();
        assertThat(store.findByItem(Requests.DEMO_1, 10)).containsExactly(answered);
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        ReplyRequest request = Requests.openReply("r1", Requests.DEMO_1, "bob", Requests.T0.plusSeconds(7200));
        store.save(request, 0);
        store.save(Requests.escalated(request, 1), 1);

        assertThatThrownBy(() -> store.save(Requests.answered(request, "bob"), 1))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(ErrorCode.CONFLICT))
                .hasMessage("Changed by someone else; reload and try again.");
        assertThat(store.findById("r1").orElseThrow().state()).isEqualTo(ReplyState.OPEN);
        assertThatThrownBy(() -> store.save(request, 0)).hasMessageContaining("reload");
    }

    @Test
    void lookupsByGroupRecipientAndItem() {
        ItemRef other = ItemRef.issue("DEMO", "DEMO-2");
        store.save(Requests.openReply("a", Requests.DEMO_1, "bob", Requests.T0.plusSeconds(300)), 0);
        store.save(Requests.openReply("b", Requests.DEMO_1, "carol", Requests.T0.plusSeconds(200)), 0);
        store.save(Requests.openReply("c", other, "bob", Requests.T0.plusSeconds(100)), 0);

        assertThat(store.findOpenByRecipient("bob")).extracting(ReplyRequest::id).containsExactly("c", "a");
        assertThat(store.findOpenByItemAndRecipient(Requests.DEMO_1, "bob")).extracting(ReplyRequest::id).containsExactly("a");
        assertThat(store.findByGroup("g-b")).extracting(ReplyRequest::id).containsExactly("b");
        assertThat(store.findByItem(Requests.DEMO_1, 1)).hasSize(1);
        // Same key on a Confluence page is another item.
        assertThat(store.findByItem(ItemRef.page("DEMO", "DEMO-1"), 10)).isEmpty();
    }

    @Test
    void theItemsAwaitingARecipientAreTheirOpenRequestsItemsSoonestDueFirstEachOnceAndBounded() {
        ItemRef two = ItemRef.issue("DEMO", "DEMO-2");
        ItemRef three = ItemRef.issue("OPS", "OPS-3");
        store.save(Requests.openReply("a", Requests.DEMO_1, "bob", Requests.T0.plusSeconds(300)), 0);
        store.save(Requests.openReply("b", two, "bob", Requests.T0.plusSeconds(100)), 0);
        store.save(Requests.openReply("b2", two, "bob", Requests.T0.plusSeconds(400)), 0);
        store.save(Requests.openReply("c", three, "bob", Requests.T0.plusSeconds(200)), 0);
        store.save(Requests.openReply("d", ItemRef.issue("DEMO", "DEMO-4"), "carol", Requests.T0), 0);
        ReplyRequest answered = Requests.openReply("e", ItemRef.issue("DEMO", "DEMO-5"), "bob", Requests.T0);
        store.save(answered, 0);
        store.save(Requests.answered(answered, "bob"), 1);
        store.save(Requests.openReply("f", ItemRef.page("DOCS", "DEMO-6"), "bob", Requests.T0), 0);

        assertThat(store.findItemKeysAwaitingReplyFrom(ItemRef.Kind.JIRA_ISSUE, "bob", 1000))
                .containsExactly("DEMO-2", "OPS-3", "DEMO-1");
        assertThat(store.findItemKeysAwaitingReplyFrom(ItemRef.Kind.JIRA_ISSUE, "bob", 2))
                .containsExactly("DEMO-2", "OPS-3");
        assertThat(store.findItemKeysAwaitingReplyFrom(ItemRef.Kind.JIRA_ISSUE, "nobody", 1000)).isEmpty();
    }

    @Test
    void theOverdueItemsAreThoseWithAnOpenRequestDueBeforeNowLongestOverdueFirst() {
        Instant now = Requests.T0.plusSeconds(1000);
        store.save(Requests.openReply("a", Requests.DEMO_1, "bob", now.minusSeconds(10)), 0);
        store.save(Requests.openReply("a2", Requests.DEMO_1, "carol", now.minusSeconds(20)), 0);
        store.save(Requests.openReply("b", ItemRef.issue("DEMO", "DEMO-2"), "bob", now.minusSeconds(500)), 0);
        store.save(Requests.openReply("due-now", ItemRef.issue("DEMO", "DEMO-3"), "bob", now), 0);
        store.save(Requests.openReply("later", ItemRef.issue("DEMO", "DEMO-4"), "bob", now.plusSeconds(60)), 0);
        // Renegotiated to later: the due time in force counts, not the original one.
        ReplyRequest moved = Requests.openReply("moved", ItemRef.issue("DEMO", "DEMO-5"), "bob", now.minusSeconds(900));
        store.save(moved, 0);
        store.save(Requests.renegotiated(moved, now.plusSeconds(3600)), 1);
        ReplyRequest answered = Requests.openReply("done", ItemRef.issue("DEMO", "DEMO-6"), "bob", now.minusSeconds(900));
        store.save(answered, 0);
        store.save(Requests.answered(answered, "bob"), 1);
        store.save(Requests.openReply("page", ItemRef.page("DOCS", "7"), "bob", now.minusSeconds(900)), 0);

        assertThat(store.findItemKeysOverdue(ItemRef.Kind.JIRA_ISSUE, now, 1000)).containsExactly("DEMO-2", "DEMO-1");
        assertThat(store.findItemKeysOverdue(ItemRef.Kind.JIRA_ISSUE, now, 1)).containsExactly("DEMO-2");
        assertThat(store.findItemKeysOverdue(ItemRef.Kind.CONFLUENCE_PAGE, now, 1000)).containsExactly("7");
        assertThat(store.findItemKeysOverdue(ItemRef.Kind.JIRA_ISSUE, now.minusSeconds(600), 1000)).isEmpty();
    }

    @Test
    void aProjectsOverdueRequestsAreItsOpenOnesDueBeforeNowLongestOverdueFirst() {
        Instant now = Requests.T0.plusSeconds(1000);
        store.save(Requests.openReply("a", Requests.DEMO_1, "bob", now.minusSeconds(10)), 0);
        store.save(Requests.openReply("b", ItemRef.issue("DEMO", "DEMO-2"), "carol", now.minusSeconds(500)), 0);
        store.save(Requests.openReply("later", ItemRef.issue("DEMO", "DEMO-4"), "bob", now.plusSeconds(60)), 0);
        store.save(Requests.openReply("other", ItemRef.issue("OPS", "OPS-1"), "bob", now.minusSeconds(900)), 0);
        ReplyRequest answered = Requests.openReply("done", ItemRef.issue("DEMO", "DEMO-6"), "bob", now.minusSeconds(900));
        store.save(answered, 0);
        store.save(Requests.answered(answered, "bob"), 1);

        assertThat(store.findOverdueInContainer(ItemRef.Kind.JIRA_ISSUE, "DEMO", now, 100))
                .extracting(ReplyRequest::id).containsExactly("b", "a");
        assertThat(store.findOverdueInContainer(ItemRef.Kind.JIRA_ISSUE, "DEMO", now, 1))
                .extracting(ReplyRequest::id).containsExactly("b");
        assertThat(store.findOverdueInContainer(ItemRef.Kind.JIRA_ISSUE, "OPS", now, 100))
                .extracting(ReplyRequest::id).containsExactly("other");
        assertThat(store.findOverdueInContainer(ItemRef.Kind.CONFLUENCE_PAGE, "DEMO", now, 100)).isEmpty();
    }

    @Test
    void theDueScanPagesByNextCheckThenIdAndNeverReadsSettledRows() {
        for (int i = 0; i < 7; i++) {
            store.save(Requests.openReply("r" + i, Requests.DEMO_1, "bob", Requests.T0.plusSeconds(7200)), 0);
        }
        // The pass stored each row's next moment: pairs share one, r6's is beyond now, r0 was answered since.
        List<GuardedWrite<ReplyRequest>> looked = new java.util.ArrayList<>();
        for (int i = 1; i < 7; i++) {
            ReplyRequest r = store.findById("r" + i).orElseThrow();
            java.time.Instant next = i == 6 ? Requests.T0.plusSeconds(99_999) : Requests.T0.plusSeconds(60L * (i / 2));
            looked.add(new GuardedWrite<>(r.notified(false, 0), r.version(), List.of(), Followup.at(next)));
        }
        assertThat(store.saveAllWithNotifications(looked)).isEmpty();
        store.save(Requests.answered(store.findById("r0").orElseThrow(), "bob"), 1);

        List<String> seen = new java.util.ArrayList<>();
        DueCursor cursor = DueCursor.start();
        while (true) {
            List<Scheduled<ReplyRequest>> page = store.findCheckDue(Requests.T0.plusSeconds(3600), cursor, 2);
            if (page.isEmpty()) {
                break;
            }
            page.forEach(s -> seen.add(s.request().id()));
            Scheduled<ReplyRequest> last = page.get(page.size() - 1);
            cursor = new DueCursor(last.followup().nextCheckAt(), last.request().id());
        }

        assertThat(seen).containsExactly("r1", "r2", "r3", "r4", "r5");
    }

    @Test
    void aPageIsWrittenTogetherButARowChangedSinceItWasReadIsSkippedWhole() {
        List<ReplyRequest> page = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ReplyRequest r = Requests.openReply("r" + i, Requests.DEMO_1, "bob", Requests.T0);
            store.save(r, 0);
            page.add(r);
        }
        // r2 is escalated once already (version 3), then answered after the pass read it at version 3.
        ReplyRequest r2 = Requests.escalated(page.get(2), 1);
        store.save(r2, 1);
        ReplyRequest r2AtRead = Requests.escalated(r2, 2);
        store.save(r2AtRead, 2);
        page.set(2, r2AtRead);
        store.save(Requests.answered(r2AtRead, "bob"), 3);
        List<GuardedWrite<ReplyRequest>> writes = page.stream().map(r -> new GuardedWrite<>(Requests.escalated(r, r.escalationLevel() + 1),
                r.version(), List.of(OutboxContract.escalation(r.id(), r.escalationLevel() + 1, Requests.T0)))).toList();

        java.util.Set<String> skipped = store.saveAllWithNotifications(writes);

        assertThat(skipped).containsExactly("r2");
        assertThat(store.findById("r2").orElseThrow().state()).isEqualTo(ReplyState.ANSWERED);
        for (String id : List.of("r0", "r1", "r3")) {
            assertThat(store.findById(id).orElseThrow()).satisfies(r -> {
                assertThat(r.escalationLevel()).isEqualTo(1);
                assertThat(r.version()).isEqualTo(2);
            });
        }
        Outbox outbox = new Outbox(fixture().ao());
        assertThat(outbox.pending(10)).extracting(n -> n.key().requestId()).containsExactlyInAnyOrder("r0", "r1", "r3");
        // The rows written stay guarded: a writer still holding the old version is refused.
        assertThatThrownBy(() -> store.save(Requests.answered(page.get(0), "bob"), 1)).hasMessageContaining("reload");
        // The skipped row can be decided again from what is stored now.
        ReplyRequest now = store.findById("r1").orElseThrow();
        assertThat(store.saveAllWithNotifications(List.of(new GuardedWrite<>(Requests.escalated(now, 2), now.version(), List.of()))))
                .isEmpty();
    }

    @Test
    void aPageCostsAHandfulOfStatementsPlusOneUpdatePerRowAndStoresEveryAddressee() {
        List<GuardedWrite<ReplyRequest>> writes = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ReplyRequest r = Requests.openReply("r" + i, Requests.DEMO_1, "bob", Requests.T0);
            store.save(r, 0);
            works.async.core.escalation.NotificationKey key =
                    new works.async.core.escalation.NotificationKey(r.id(), works.async.core.escalation.DeadlineKind.REPLY, 1);
            writes.add(new GuardedWrite<>(Requests.escalated(r, 1), 1, List.of(
                    new works.async.core.escalation.Notification(key, "bob", "bob", Requests.T0, Requests.T0, false),
                    new works.async.core.escalation.Notification(key, "alice", "bob", Requests.T0, Requests.T0, false))));
        }
        // Ten new requests in the same page go in as one batch insert.
        for (int i = 0; i < 10; i++) {
            writes.add(new GuardedWrite<>(Requests.openReply("n" + i, Requests.DEMO_1, "carol", Requests.T0), 0, List.of()));
        }

        java.util.concurrent.atomic.AtomicReference<java.util.Set<String>> skipped = new java.util.concurrent.atomic.AtomicReference<>();
        int statements = fixture().countStatements(() -> skipped.set(store.saveAllWithNotifications(writes)));

        assertThat(skipped.get()).isEmpty();
        // One UPDATE per changed row, then claims, re-read, new rows, claim prune, outbox check and outbox rows in six
        // statements for the page (not ~7 per row), and two wakes (the rows' next checks, the outbox rows'; up to two
        // statements each, as AO may read a generated id back); AO's HSQLDB provider sends the 50 claims, 10 new rows
        // and 80 outbox rows of its batches one by one.
        assertThat(statements).isLessThanOrEqualTo(40 + 6 + 4 + (fixture().insertsInBatches() ? 0 : 50 + 10 + 80 - 3));
        assertThat(store.findOpenByRecipient("bob")).hasSize(40).allSatisfy(r -> {
            assertThat(r.escalationLevel()).isEqualTo(1);
            assertThat(r.reminded()).isTrue();
            assertThat(r.version()).isEqualTo(2);
            assertThat(r.question()).isEqualTo(Requests.openReply("x", Requests.DEMO_1, "bob", Requests.T0).question());
        });
        assertThat(store.findOpenByRecipient("carol")).hasSize(10);
        assertThat(new Outbox(fixture().ao()).pending(200)).hasSize(80);
        // Every written row is guarded at its new version.
        assertThatThrownBy(() -> store.save(Requests.answered(writes.get(0).record(), "bob"), 1)).hasMessageContaining("reload");
        store.save(Requests.answered(writes.get(0).record(), "bob"), 2);
    }

    @Test
    void aRowChangedTwiceSinceItWasReadIsSkippedInsideTheBatchAndLeavesNoClaimBehind() {
        List<ReplyRequest> page = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ReplyRequest r = Requests.openReply("r" + i, Requests.DEMO_1, "bob", Requests.T0);
            store.save(r, 0);
            page.add(r);
        }
        // r3 moves on twice after the pass read it at version 1: its step-1 claim is pruned by the second change, so
        // the page's claim does not collide; the re-read inside the page finds version 3 and skips it alone.
        ReplyRequest r3 = Requests.renegotiated(page.get(3), Requests.T0.plusSeconds(7200));
        store.save(r3, 1);
        store.save(Requests.answered(r3, "bob"), 2);
        List<GuardedWrite<ReplyRequest>> writes = page.stream().map(r -> new GuardedWrite<>(Requests.escalated(r, 1), 1,
                List.of(OutboxContract.escalation(r.id(), 1, Requests.T0)))).toList();

        java.util.concurrent.atomic.AtomicReference<java.util.Set<String>> skipped = new java.util.concurrent.atomic.AtomicReference<>();
        int statements = fixture().countStatements(() -> skipped.set(store.saveAllWithNotifications(writes)));

        assertThat(skipped.get()).containsExactly("r3");
        // Written as one page: no row-by-row retry (which alone would cost about seven statements per row).
        assertThat(statements).isLessThan(5 * 5);
        assertThat(store.findById("r3").orElseThrow()).satisfies(r -> {
            assertThat(r.state()).isEqualTo(ReplyState.ANSWERED);
            assertThat(r.escalationLevel()).isZero();
            assertThat(r.version()).isEqualTo(3);
        });
        assertThat(new Outbox(fixture().ao()).pending(10)).extracting(n -> n.key().requestId())
                .containsExactlyInAnyOrder("r0", "r1", "r2", "r4");
        assertThat(fixture().ao().count(RevisionEntity.class, "CLAIM_KEY = ?", AoReplyStore.TABLE + ":1:r3")).isZero();
        // r3 can be decided again from what is stored now.
        store.save(Requests.escalated(store.findById("r3").orElseThrow(), 1), 3);
    }

    @Test
    void aClaimHeldByAnotherWriterFailsTheBatchAndTheRowByRowRetryKeepsEveryOtherRowOfThePageNewOnesIncluded() {
        List<GuardedWrite<ReplyRequest>> writes = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ReplyRequest r = Requests.openReply("r" + i, Requests.DEMO_1, "bob", Requests.T0);
            store.save(r, 0);
            writes.add(new GuardedWrite<>(Requests.escalated(r, 1), 1, List.of(OutboxContract.escalation(r.id(), 1, Requests.T0))));
        }
        writes.add(new GuardedWrite<>(Requests.openReply("n1", Requests.DEMO_1, "carol", Requests.T0), 0, List.of()));
        // r2 was answered from version 1 after the pass read it: its claim of step 1 exists, so the page's claim batch
        // fails with a unique violation in its middle (on PostgreSQL that aborts the transaction; the batch may have
        // inserted the claims before it). The page is rolled back whole and retried row by row.
        store.save(Requests.answered(writes.get(2).record(), "bob"), 1);

        java.util.Set<String> skipped = store.saveAllWithNotifications(writes);

        assertThat(skipped).containsExactly("r2");
        assertThat(store.findById("r2").orElseThrow().state()).isEqualTo(ReplyState.ANSWERED);
        for (String id : List.of("r0", "r1", "r3", "r4", "r5")) {
            assertThat(store.findById(id).orElseThrow().escalationLevel()).isEqualTo(1);
        }
        assertThat(store.findById("n1")).isPresent();
        assertThat(new Outbox(fixture().ao()).pending(10)).extracting(n -> n.key().requestId())
                .containsExactlyInAnyOrder("r0", "r1", "r3", "r4", "r5");
    }

    @Test
    void theContainerReadReturnsTheNewestOfThePeriodAcrossPagesWithTiesOnTheOpeningTime() {
        // 2,400 requests in DEMO, ten per millisecond, plus rows of another project, another kind and before the period.
        List<java.util.Map<String, Object>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 2_400; i++) {
            rows.add(row(String.format("d%04d", i), ItemRef.issue("DEMO", "DEMO-" + (i % 7)), Requests.T0.plusMillis(i / 10)));
        }
        rows.add(row("other", ItemRef.issue("OTHER", "OTHER-1"), Requests.T0.plusSeconds(60)));
        rows.add(row("page", ItemRef.page("DEMO", "123"), Requests.T0.plusSeconds(60)));
        rows.add(row("before", ItemRef.issue("DEMO", "DEMO-1"), Requests.T0.minusMillis(1)));
        for (int from = 0; from < rows.size(); from += 500) {
            fixture().ao().create(ReplyRequestEntity.class, rows.subList(from, Math.min(rows.size(), from + 500)));
        }

        List<ReplyRequest> newest = store.findByContainerOpenedSince(ItemRef.Kind.JIRA_ISSUE, "DEMO", Requests.T0, 1_500);
        List<ReplyRequest> all = store.findByContainerOpenedSince(ItemRef.Kind.JIRA_ISSUE, "DEMO", Requests.T0, 10_000);

        List<String> expected = new java.util.ArrayList<>();
        for (int i = 2_399; i >= 0; i--) {
            expected.add(String.format("d%04d", i));
        }
        assertThat(newest).extracting(ReplyRequest::id).containsExactlyElementsOf(expected.subList(0, 1_500));
        assertThat(all).extracting(ReplyRequest::id).containsExactlyElementsOf(expected);
        assertThat(store.findByContainerOpenedSince(ItemRef.Kind.JIRA_ISSUE, "DEMO", Requests.T0.plusMillis(239), 10))
                .extracting(ReplyRequest::id).containsExactly("d2399", "d2398", "d2397", "d2396", "d2395", "d2394",
                        "d2393", "d2392", "d2391", "d2390");
        assertThat(store.findByContainerOpenedSince(ItemRef.Kind.JIRA_ISSUE, "DEMO", Requests.T0, 0)).isEmpty();
    }

    private static java.util.Map<String, Object> row(String id, ItemRef item, java.time.Instant openedAt) {
        ReplyRequest r = Requests.openReply(id, item, "bob", openedAt.plusSeconds(3600));
        java.util.Map<String, Object> columns = ReplyRequestMapping.columns(new ReplyRequest(r.id(), r.groupId(), r.item(),
                r.itemType(), r.asker(), r.recipient(), r.question(), r.origin(), r.window(), openedAt, r.originalDueAt(), null, r.state(),
                null, null, null, null, false, 0, 1), null);
        return columns;
    }
}

