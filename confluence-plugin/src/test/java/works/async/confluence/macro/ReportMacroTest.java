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
import works.async.plugin.pagemacro.PageMacroIds;
import works.async.plugin.pagemacro.PageMacroScreens;
import works.async.plugin.pagemacro.PageReports;
import works.async.plugin.web.macro.ReportView;
import works.async.plugin.web.Screens;

/**
 * The async-report macro as Confluence calls it: the page from the render context's entity, the macro's id from the
 * macro definition Confluence puts in the context, the parameters as the page has them. A real application on HSQLDB
 * behind it; the template renderer only says which report it was asked to render.
 */
class ReportMacroTest {

    private final AppFixture f = new AppFixture();
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final Macro macro;

    ReportMacroTest() throws Exception {
        f.host.page("TEAM", "101", "Sprint 12 status");
        f.host.page("TEAM", "202", "Copy of Sprint 12 status");
        doAnswer(call -> {
            Map<String, Object> context = call.getArgument(1);
            Writer out = call.getArgument(2);
            ReportView report = (ReportView) context.get("report");
            out.write("[" + call.getArgument(0) + " " + report.id() + " " + report.body() + "]");
            return null;
        }).when(renderer).render(anyString(), anyMap(), any(Writer.class));
        macro = new ReportMacro(f.app.context().getBean(Screens.class),
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

    private void save(String pageId, String author, String reviewers, String body) {
        List<PageReports.Outcome> outcomes = f.as(author).pageReports().pageSaved(pageId, author,
                List.of(new MacroOccurrence("async-report", "m-1", Map.of("reviewers", reviewers), body)));
        assertThat(outcomes).extracting(PageReports.Outcome::change).doesNotContain(PageReports.Change.REFUSED);
    }

    private String render(String viewer, Map<String, String> parameters, ConversionContext context) throws Exception {
        f.host.signIn(viewer);
        return macro.execute(parameters, "<p>rendered body</p>", context);
    }

    @Test
    void theMacroShowsTheReportItsPageAndMacroIdName() throws Exception {
        save("101", "carol", "alice", "<p>Status</p>");

        String html = render("alice", Map.of("reviewers", "alice"), on(101, "m-1"));

        assertThat(html).isEqualTo("[" + Screens.REPORT + " " + PageMacroIds.report("101", "m-1") + " Status]");
        assertThat(macro.getBodyType()).isEqualTo(Macro.BodyType.RICH_TEXT);
    }

    @Test
    void aCopyOfThePageShowsNoReportUntilItIsSavedAndThenItsOwn() throws Exception {
        save("101", "carol", "alice", "<p>Original</p>");

        assertThat(render("alice", Map.of("reviewers", "alice"), on(202, "m-1")))
                .contains("aui-message-info").contains("Save the page to open this report for feedback.");

        save("202", "dave", "alice", "<p>Copy</p>");
        assertThat(render("alice", Map.of("reviewers", "alice"), on(202, "m-1")))
                .contains(PageMacroIds.report("202", "m-1")).contains("Copy");
        assertThat(render("alice", Map.of("reviewers", "alice"), on(101, "m-1"))).contains("Original");
    }

    @Test
    void everyBadParameterIsAWarningNamingItNeverAnException() throws Exception {
        save("101", "carol", "alice", "<p>Status</p>");

        assertThat(render("alice", Map.of(), on(101, "m-1")))
                .contains("aui-message-warning").contains("&quot;reviewers&quot;").contains("A required value is missing.");
        assertThat(render("alice", Map.of("reviewers", "ghost"), on(101, "m-1")))
                .contains("&quot;reviewers&quot;").contains("There is no such user.");
        assertThat(render("alice", Map.of("reviewers", "alice", "feedback-hours", "-2"), on(101, "m-1")))
                .contains("&quot;feedback-hours&quot;").contains("out of range");
        assertThat(render("alice", Map.of("reviewers", "alice", "attendees", "lots"), on(101, "m-1")))
                .contains("&quot;attendees&quot;");
        assertThat(render("alice", Map.of("reviewers", "alice", "series", "<script>x</script>"), on(101, "m-1")))
                .contains("&quot;series&quot;").doesNotContain("<script>");
    }

    @Test
    void aViewerWhoMayNotSeeThePageIsToldNothingOfTheReport() throws Exception {
        save("101", "carol", "alice", "<p>Secret status</p>");
        f.host.restricted.put("101", Set.of("carol", "alice"));

        String html = render("bob", Map.of("reviewers", "alice"), on(101, "m-1"));

        assertThat(html).contains("aui-message-info").doesNotContain("Secret");
    }

    @Test
    void withoutAPageOrAMacroIdTheMacroSaysWhatItNeeds() throws Exception {
        ConversionContext preview = mock(ConversionContext.class);

        assertThat(render("alice", Map.of("reviewers", "alice"), preview))
                .contains("This macro shows its report on a saved page.");
        assertThat(render("alice", Map.of("reviewers", "alice"), on(101, null)))
                .contains("Save the page to open this report for feedback.");
    }
}
