package works.async.plugin.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import works.async.core.ItemRef;
import works.async.plugin.access.Tx;
import works.async.plugin.item.ItemPanel;
import works.async.plugin.item.ItemPanelReader;
import works.async.plugin.report.ReportSummary;
import works.async.plugin.viewreads.ViewReads;

/** The issue / page panel reads one item in three queries, whether it has one request or a hundred. */
abstract class PanelReadContract {

    abstract AoFixture fixture();

    private ItemPanelReader reader;
    private AoReplyStore replies;

    @BeforeEach
    void setUp() {
        fixture().clear();
        replies = new AoReplyStore(fixture().ao());
        AoOwnershipStore ownership = new AoOwnershipStore(fixture().ao());
        AoReportStore reports = new AoReportStore(fixture().ao());
        reader = new ItemPanelReader(ownership, replies, reports, new ViewReads());
        ownership.save(Requests.ownership("o1", Requests.DEMO_1, "bob", Requests.T0), 0);
        reports.save(ReportStoreContract.report("rep1", 16), 0);
        replies.save(Requests.openReply("elsewhere", ItemRef.issue("DEMO", "DEMO-2"), "bob", Requests.T0), 0);
    }

    @Test
    void theQueryCountDoesNotGrowWithTheNumberOfRequests() {
        replies.save(Requests.openReply("r0", Requests.DEMO_1, "bob", Requests.T0), 0);
        assertThat(queriesToRead()).isEqualTo(3);

        for (int i = 1; i < 60; i++) {
            replies.save(Requests.openReply("r" + i, Requests.DEMO_1, "user" + i, Requests.T0.plusSeconds(i)), 0);
        }
        AtomicReference<ItemPanel> panel = new AtomicReference<>();
        int queries = fixture().countStatements(() -> panel.set(reader.read(Requests.DEMO_1)));

        assertThat(queries).isEqualTo(3);
        assertThat(panel.get().ownership()).isPresent();
        assertThat(panel.get().replies()).hasSize(60).noneMatch(r -> r.id().equals("elsewhere"));
        assertThat(panel.get().reports()).extracting(ReportSummary::title).containsExactly("Weekly status");
    }

    @Test
    void oneViewReadsThePanelOnceAndStillSeesAChangeMadeInTheSameRequest() {
        ViewReads reads = new ViewReads();
        ItemPanelReader viewReader = new ItemPanelReader(new AoOwnershipStore(fixture().ao()), replies,
                new AoReportStore(fixture().ao()), reads);
        Tx tx = new Tx(fixture().ao(), reads);
        AtomicReference<ItemPanel> afterChange = new AtomicReference<>();
        int queries;
        try (ViewReads.Scope ignored = reads.open()) {
            // The banner and the open-questions macro of one page view.
            queries = fixture().countStatements(() -> {
                viewReader.read(Requests.DEMO_1);
                viewReader.read(Requests.DEMO_1);
            });
            tx.run(() -> replies.save(Requests.openReply("asked-now", Requests.DEMO_1, "carol", Requests.T0), 0));
            afterChange.set(viewReader.read(Requests.DEMO_1));
        }

        assertThat(queries).isEqualTo(3);
        assertThat(afterChange.get().replies()).extracting(r -> r.id()).contains("asked-now");
        // Outside a view every read goes to the database.
        assertThat(fixture().countStatements(() -> {
            viewReader.read(Requests.DEMO_1);
            viewReader.read(Requests.DEMO_1);
        })).isEqualTo(6);
    }

    private int queriesToRead() {
        return fixture().countStatements(() -> reader.read(Requests.DEMO_1));
    }
}
