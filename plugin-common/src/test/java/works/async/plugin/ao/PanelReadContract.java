package works.async.plugin.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import works.async.core.ItemRef;
import works.async.plugin.item.ItemPanel;
import works.async.plugin.item.ItemPanelReader;
import works.async.plugin.report.ReportSummary;

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
        reader = new ItemPanelReader(ownership, replies, reports);
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

    private int queriesToRead() {
        return fixture().countStatements(() -> reader.read(Requests.DEMO_1));
    }
}
