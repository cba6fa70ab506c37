package works.async.plugin.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import works.async.core.DomainException;
import works.async.core.ItemRef;
import works.async.core.reply.ReplyRequest;
import works.async.core.reply.ReplyState;

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
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("conflict"))
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
    void theDueScanPagesByDueTimeThenIdAndFollowsRenegotiation() {
        for (int i = 0; i < 7; i++) {
            store.save(Requests.openReply("r" + i, Requests.DEMO_1, "bob", Requests.T0.plusSeconds(60L * (i / 2))), 0);
        }
        ReplyRequest r6 = store.findById("r6").orElseThrow();
        store.save(Requests.renegotiated(r6, Requests.T0.plusSeconds(99_999)), 1);
        store.save(Requests.answered(store.findById("r0").orElseThrow(), "bob"), 1);

        List<String> seen = new java.util.ArrayList<>();
        DueCursor cursor = DueCursor.start();
        while (true) {
            List<ReplyRequest> page = store.findOpenDue(Requests.T0.plusSeconds(3600), cursor, 2);
            if (page.isEmpty()) {
                break;
            }
            page.forEach(r -> seen.add(r.id()));
            ReplyRequest last = page.get(page.size() - 1);
            cursor = new DueCursor(last.dueAt(), last.id());
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
}
