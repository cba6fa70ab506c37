package works.async.plugin.pagemacro;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.ownership.OwnershipState;
import works.async.plugin.app.AppFixture;
import works.async.plugin.ownership.OwnershipRequestStore;
import works.async.plugin.pagemacro.PageActionItems.Change;
import works.async.plugin.pagemacro.PageActionItems.Outcome;

/** Saving a page asks, reassigns and withdraws the owners of its async-action-item macros (fixed clock, real AO). */
class PageActionItemsTest {

    private final AppFixture f = new AppFixture(); // Monday 2 March 2026, 10:00 UTC

    PageActionItemsTest() {
        f.host.page("TEAM", "101", "Launch plan");
        f.host.page("TEAM", "202", "Copy of Launch plan");
    }

    private static String item(String macroId, String owner, String extraParameters, String body) {
        return "<ac:structured-macro ac:name=\"async-action-item\" ac:schema-version=\"1\" ac:macro-id=\"" + macroId
                + "\"><ac:parameter ac:name=\"owner\">" + owner + "</ac:parameter>" + extraParameters
                + "<ac:rich-text-body>" + body + "</ac:rich-text-body></ac:structured-macro>";
    }

    private List<Outcome> save(String pageId, String author, String storage) {
        return f.as(author).pageActionItems().pageSaved(pageId, author, StorageFormat.macros(storage));
    }

    private Optional<OwnershipRequest> current(String pageId, String macroId) {
        return f.app.context().getBean(OwnershipRequestStore.class)
                .findCurrent(ItemRef.page("TEAM", PageMacroIds.actionItem(pageId, macroId)));
    }

    /** The host finds the action item as an item of its page (Confluence's item access does so for any PAGEID-… key). */
    private String hostKnows(String pageId, String macroId) {
        String key = PageMacroIds.actionItem(pageId, macroId);
        f.host.page("TEAM", key, "Launch plan");
        return key;
    }

    @Test
    void savingAPageWithANewActionItemAsksItsOwnerWithinTheConfirmHours() {
        List<Outcome> outcomes = save("101", "carol", "<p>Plan</p>"
                + item("a-1", "alice", "<ac:parameter ac:name=\"confirm-hours\">2</ac:parameter>", "<p>Write the notes</p>"));

        assertThat(outcomes).extracting(Outcome::change).containsExactly(Change.ASKED);
        assertThat(outcomes.get(0).itemKey()).startsWith("101-action-");
        OwnershipRequest request = current("101", "a-1").orElseThrow();
        assertThat(request.owner()).isEqualTo("alice");
        assertThat(request.requestedBy()).isEqualTo("carol");
        assertThat(request.state()).isEqualTo(OwnershipState.REQUESTED);
        assertThat(request.dueAt()).isEqualTo(Instant.parse("2026-03-02T12:00:00Z"));
    }

    @Test
    void withoutConfirmHoursTheOwnerHasThePolicysWindow() {
        save("101", "carol", item("a-1", "alice", "", "<p>Write the notes</p>"));

        // The default policy gives 8 working hours: a whole working day from Monday 10:00.
        assertThat(current("101", "a-1").orElseThrow().dueAt()).isEqualTo(Instant.parse("2026-03-03T10:00:00Z"));
    }

    @Test
    void changingTheOwnerSupersedesTheRequestAndAsksTheNewOwner() {
        save("101", "carol", item("a-1", "alice", "", "<p>Write the notes</p>"));
        String first = current("101", "a-1").orElseThrow().id();

        List<Outcome> outcomes = save("101", "carol", item("a-1", "bob", "", "<p>Write the notes</p>"));

        assertThat(outcomes).extracting(Outcome::change).containsExactly(Change.REASSIGNED);
        assertThat(current("101", "a-1").orElseThrow().owner()).isEqualTo("bob");
        assertThat(f.app.context().getBean(OwnershipRequestStore.class).findById(first).orElseThrow().state())
                .isEqualTo(OwnershipState.SUPERSEDED);
    }

    @Test
    void savingAgainWithTheSameOwnerWritesNothingEvenAfterTheOwnerDeclined() {
        save("101", "carol", item("a-1", "alice", "", "<p>Write the notes</p>"));
        OwnershipRequest asked = current("101", "a-1").orElseThrow();

        f.clock.set(Instant.parse("2026-03-02T11:00:00Z"));
        assertThat(save("101", "carol", item("a-1", "alice", "", "<p>Write the notes, edited</p>")))
                .extracting(Outcome::change).containsExactly(Change.UNCHANGED);
        assertThat(current("101", "a-1").orElseThrow()).isEqualTo(asked);

        f.as("alice").ownership().decline(ItemRef.Kind.CONFLUENCE_PAGE, hostKnows("101", "a-1"), "No time");
        assertThat(save("101", "carol", item("a-1", "alice", "", "<p>Write the notes</p>")))
                .extracting(Outcome::change).containsExactly(Change.UNCHANGED);
        assertThat(current("101", "a-1").orElseThrow().state()).isEqualTo(OwnershipState.DECLINED);
    }

    @Test
    void removingTheMacroWithdrawsItsRequestAndOnlyThatOne() {
        save("101", "carol", item("a-1", "alice", "", "<p>One</p>") + item("a-2", "bob", "", "<p>Two</p>"));
        save("202", "carol", item("a-1", "alice", "", "<p>One</p>"));

        List<Outcome> outcomes = save("101", "carol", "<p>Only two left</p>" + item("a-2", "bob", "", "<p>Two</p>"));

        assertThat(outcomes).extracting(Outcome::change).containsExactlyInAnyOrder(Change.UNCHANGED, Change.WITHDRAWN);
        assertThat(current("101", "a-1").orElseThrow().state()).isEqualTo(OwnershipState.WITHDRAWN);
        assertThat(current("101", "a-2").orElseThrow().state()).isEqualTo(OwnershipState.REQUESTED);
        assertThat(current("202", "a-1").orElseThrow().state()).isEqualTo(OwnershipState.REQUESTED);
    }

    @Test
    void aCopiedPageAsksAfreshAndLeavesTheOriginalsAnswerAlone() {
        String storage = item("a-1", "alice", "", "<p>One</p>");
        save("101", "carol", storage);
        f.as("alice").ownership().confirm(ItemRef.Kind.CONFLUENCE_PAGE, hostKnows("101", "a-1"), null, null);

        // The copy keeps the macro id, under a new content id.
        assertThat(save("202", "dave", storage)).extracting(Outcome::change).containsExactly(Change.ASKED);

        assertThat(current("202", "a-1").orElseThrow().state()).isEqualTo(OwnershipState.REQUESTED);
        assertThat(current("202", "a-1").orElseThrow().requestedBy()).isEqualTo("dave");
        assertThat(current("101", "a-1").orElseThrow().state()).isEqualTo(OwnershipState.CONFIRMED);
    }

    @Test
    void aBadParameterIsRefusedByNameAndStoresNothing() {
        assertRefused(item("a-1", "nobody-here", "", "<p>x</p>"), "owner", ErrorCode.UNKNOWN_USER);
        assertRefused(item("a-1", " ", "", "<p>x</p>"), "owner", ErrorCode.REQUIRED);
        assertRefused(item("a-1", "alice", "<ac:parameter ac:name=\"confirm-hours\">0</ac:parameter>", "<p>x</p>"),
                "confirm-hours", ErrorCode.OUT_OF_RANGE);
        assertRefused(item("a-1", "alice", "<ac:parameter ac:name=\"confirm-hours\">-3</ac:parameter>", "<p>x</p>"),
                "confirm-hours", ErrorCode.OUT_OF_RANGE);
        assertRefused(item("a-1", "alice", "<ac:parameter ac:name=\"confirm-hours\">99999999</ac:parameter>", "<p>x</p>"),
                "confirm-hours", ErrorCode.OUT_OF_RANGE);
        assertRefused(item("a-1", "alice", "<ac:parameter ac:name=\"confirm-hours\">soon</ac:parameter>", "<p>x</p>"),
                "confirm-hours", ErrorCode.OUT_OF_RANGE);
        assertRefused(item("a-1", "alice", "", "<p> </p>"), "body", ErrorCode.REQUIRED);
        assertRefused(item("a-1", "alice", "", "<p>bad \u0000 text</p>"), "body", ErrorCode.CONTROL_CHARACTER);
    }

    @Test
    void anOwnerWhoCannotSeeThePageIsRefused() {
        f.host.restricted.put("101", java.util.Set.of("carol", "alice"));

        assertRefused(item("a-1", "bob", "", "<p>x</p>"), "owner", ErrorCode.RECIPIENT_CANNOT_VIEW);
    }

    @Test
    void aBadEditKeepsTheRequestAsItWas() {
        save("101", "carol", item("a-1", "alice", "", "<p>One</p>"));

        assertThat(save("101", "carol", item("a-1", "ghost", "", "<p>One</p>")))
                .extracting(Outcome::change).containsExactly(Change.REFUSED);
        assertThat(current("101", "a-1").orElseThrow().owner()).isEqualTo("alice");
        assertThat(current("101", "a-1").orElseThrow().state()).isEqualTo(OwnershipState.REQUESTED);
    }

    @Test
    void theMacroSaysWhichParameterIsWrongBeforeAnythingIsSaved() {
        assertThat(f.as("alice").pageActionItems().problem("101", Map.of("owner", "alice", "confirm-hours", "abc"), "<p>x</p>"))
                .hasValueSatisfying(p -> assertThat(p.field()).isEqualTo("confirm-hours"));
        assertThat(f.as("alice").pageActionItems().problem("101", Map.of(), "<p>x</p>"))
                .hasValueSatisfying(p -> assertThat(p.field()).isEqualTo("owner"));
        assertThat(f.as("alice").pageActionItems().problem("101", Map.of("owner", "bob"), "<p>x</p>")).isEmpty();
    }

    private void assertRefused(String storage, String parameter, ErrorCode code) {
        List<Outcome> outcomes = save("101", "carol", storage);
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.change()).isEqualTo(Change.REFUSED);
            assertThat(o.parameter()).isEqualTo(parameter);
            assertThat(o.refusal().code()).isEqualTo(code);
        });
        assertThat(current("101", "a-1")).isEmpty();
    }
}
