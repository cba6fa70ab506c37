package works.async.confluence.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.storage.macro.MacroId;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.xhtml.api.MacroDefinition;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.junit.jupiter.api.Test;

import works.async.plugin.app.AppFixture;
import works.async.plugin.pagemacro.MacroOccurrence;
import works.async.plugin.pagemacro.PageActionItems;
import works.async.plugin.pagemacro.PageMacroIds;
import works.async.plugin.pagemacro.PageMacroScreens;
import works.async.plugin.web.Screens;
import works.async.plugin.web.macro.ActionItemView;

/**
 * The async-action-item macro as Confluence calls it: the page from the render context's entity, the macro's id from
 * the macro definition in the context, the owner as the page names them. A real application on HSQLDB behind it; the
 * template renderer only says which action item, task and ownership state it was asked to render.
 */
class ActionItemMacroTest {

    private static final String BODY = "<p>Write the <strong>release</strong> notes</p>";

    private final AppFixture f = new AppFixture();
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final Macro macro;

    ActionItemMacroTest() throws Exception {
        f.host.page("TEAM", "101", "Launch plan");
        f.host.page("TEAM", "202", "Copy of Launch plan");
        // Confluence's item access finds PAGEID-… keys as action items of their page; the fake host is told them.
        f.host.page("TEAM", PageMacroIds.actionItem("101", "a-1"), "Launch plan");
        f.host.page("TEAM", PageMacroIds.actionItem("202", "a-1"), "Copy of Launch plan");
        doAnswer(call -> {
            Map<String, Object> context = call.getArgument(1);
            Writer out = call.getArgument(2);
            ActionItemView item = (ActionItemView) context.get("item");
            out.write("[" + call.getArgument(0) + " " + item.itemKey() + " " + item.text() + " "
                    + (item.hasOwnership() ? item.ownership().ownerKey() + " " + item.ownership().state() : "none") + "]");
            return null;
        }).when(renderer).render(anyString(), anyMap(), any(Writer.class));
        macro = new ActionItemMacro(f.app.context().getBean(Screens.class),
                f.app.context().getBean(PageMacroScreens.class), renderer);
    }

    private static ConversionContext on(long pageId, String macroId) {
        Page page = mock(Page.class);
        when(page.getId()).thenReturn(pageId);
        MacroDefinition definition = mock(MacroDefinition.class);
        when(definition.getMacroIdentifier()).thenReturn(Optional.ofNullable(macroId).map(MacroId::fromString));
        ConversionContext context = mock(ConversionContext.class);
        when(context.getEntity()).thenReturn(page);
        when(context.getProperty("macroDefinition")).thenReturn(definition);
        return context;
    }

    private void save(String pageId, String author, String owner) {
        List<PageActionItems.Outcome> outcomes = f.as(author).pageActionItems().pageSaved(pageId, author,
                List.of(new MacroOccurrence("async-action-item", "a-1", Map.of("owner", owner), BODY)));
        assertThat(outcomes).extracting(PageActionItems.Outcome::change).doesNotContain(PageActionItems.Change.REFUSED);
    }

    private String render(String viewer, Map<String, String> parameters, ConversionContext context) throws Exception {
        f.host.signIn(viewer);
        return macro.execute(parameters, BODY, context);
    }

    @Test
    void theMacroShowsTheTaskItsOwnerAndTheStateForThePageAndMacroId() throws Exception {
        save("101", "carol", "alice");

        String html = render("bob", Map.of("owner", "alice"), on(101, "a-1"));

        assertThat(html).isEqualTo("[" + Screens.ACTION_ITEM + " " + PageMacroIds.actionItem("101", "a-1")
                + " Write the release notes alice REQUESTED]");
        assertThat(macro.getBodyType()).isEqualTo(Macro.BodyType.RICH_TEXT);
    }

    @Test
    void aCopyShowsNoOwnerUntilItIsSavedAndThenItsOwnRequest() throws Exception {
        save("101", "carol", "alice");

        assertThat(render("alice", Map.of("owner", "alice"), on(202, "a-1")))
                .contains(PageMacroIds.actionItem("202", "a-1")).endsWith(" none]");

        save("202", "dave", "bob");
        assertThat(render("alice", Map.of("owner", "bob"), on(202, "a-1"))).endsWith(" bob REQUESTED]");
        assertThat(render("alice", Map.of("owner", "alice"), on(101, "a-1"))).endsWith(" alice REQUESTED]");
    }

    @Test
    void everyBadParameterIsAWarningNamingItNeverAnException() throws Exception {
        assertThat(render("alice", Map.of(), on(101, "a-1")))
                .contains("aui-message-warning").contains("&quot;owner&quot;").contains("A required value is missing.");
        assertThat(render("alice", Map.of("owner", "ghost"), on(101, "a-1")))
                .contains("&quot;owner&quot;").contains("There is no such user.");
        assertThat(render("alice", Map.of("owner", "alice", "confirm-hours", "0"), on(101, "a-1")))
                .contains("&quot;confirm-hours&quot;").contains("out of range");
        assertThat(render("alice", Map.of("owner", "alice", "confirm-hours", "<script>x</script>"), on(101, "a-1")))
                .contains("&quot;confirm-hours&quot;").doesNotContain("<script>");
    }

    @Test
    void aViewerWhoMayNotSeeThePageIsToldNothingOfTheItem() throws Exception {
        save("101", "carol", "alice");
        f.host.restricted.put("101", Set.of("carol", "alice"));
        f.host.restricted.put(PageMacroIds.actionItem("101", "a-1"), Set.of("carol", "alice"));

        String html = render("bob", Map.of("owner", "alice"), on(101, "a-1"));

        assertThat(html).contains("aui-message-info").doesNotContain("release");
    }

    @Test
    void withoutAPageOrAMacroIdTheMacroSaysWhatItNeeds() throws Exception {
        assertThat(render("alice", Map.of("owner", "alice"), mock(ConversionContext.class)))
                .contains("This macro shows its action item on a saved page.");
        assertThat(render("alice", Map.of("owner", "alice"), on(101, null)))
                .contains("Save the page to ask the owner to confirm this action item.");
    }
}
