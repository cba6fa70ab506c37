package works.async.plugin.pagemacro;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import works.async.core.ItemRef;
import works.async.core.ownership.OwnershipState;
import works.async.core.report.MeetingReport;
import works.async.plugin.app.AppFixture;
import works.async.plugin.ownership.OwnershipRequestStore;
import works.async.plugin.report.MeetingReportStore;

/** A deleted page closes what its macros wait for: its reports' feedback, their series, its action items (real AO). */
class PageContentsTest {

    private final AppFixture f = new AppFixture(); // Monday 2 March 2026, 10:00 UTC

    PageContentsTest() {
        f.host.page("TEAM", "101", "Launch plan");
        f.host.page("TEAM", "202", "Other plan");
    }

    private static String page(String pageId) {
        return "<ac:structured-macro ac:name=\"async-report\" ac:macro-id=\"r-1\">"
                + "<ac:parameter ac:name=\"reviewers\">alice</ac:parameter>"
                + "<ac:parameter ac:name=\"series\">weekly</ac:parameter>"
                + "<ac:rich-text-body><p>Status of " + pageId + "</p></ac:rich-text-body></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"async-action-item\" ac:macro-id=\"a-1\">"
                + "<ac:parameter ac:name=\"owner\">bob</ac:parameter>"
                + "<ac:rich-text-body><p>Write the notes</p></ac:rich-text-body></ac:structured-macro>";
    }

    private void save(String pageId) {
        f.host.page("TEAM", PageMacroIds.actionItem(pageId, "a-1"), "Launch plan");
        f.as("carol").pageReports().pageSaved(pageId, "carol", StorageFormat.macros(page(pageId)));
        f.as("carol").pageActionItems().pageSaved(pageId, "carol", StorageFormat.macros(page(pageId)));
    }

    private MeetingReport report(String pageId) {
        return f.app.context().getBean(MeetingReportStore.class).findById(PageMacroIds.report(pageId, "r-1")).orElseThrow();
    }

    private OwnershipState actionItem(String pageId) {
        return f.app.context().getBean(OwnershipRequestStore.class)
                .findCurrent(ItemRef.page("TEAM", PageMacroIds.actionItem(pageId, "a-1"))).orElseThrow().state();
    }

    @Test
    void aDeletedPageWithdrawsItsReportsEndsTheirSeriesAndClosesItsActionItemsAndLeavesOtherPagesAlone() {
        save("101");
        save("202");
        assertThat(actionItem("101")).isEqualTo(OwnershipState.REQUESTED);

        int closed = f.as(null).events().itemDeleted(ItemRef.page("TEAM", "101"));

        assertThat(closed).isEqualTo(2);
        assertThat(report("101").closeReason()).isEqualTo(MeetingReport.CloseReason.WITHDRAWN);
        assertThat(f.app.context().getBean(MeetingReportStore.class).findSeries(PageMacroIds.series("101", "r-1")))
                .isEmpty();
        assertThat(actionItem("101")).isEqualTo(OwnershipState.WITHDRAWN);
        assertThat(report("202").isOpen()).isTrue();
        assertThat(f.app.context().getBean(MeetingReportStore.class).findSeries(PageMacroIds.series("202", "r-1")))
                .isPresent();
        assertThat(actionItem("202")).isEqualTo(OwnershipState.REQUESTED);
        assertThat(f.as(null).events().itemDeleted(ItemRef.page("TEAM", "101"))).isZero();
    }
}
