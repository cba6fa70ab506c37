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
import java.util.Set;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.pages.Page;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.junit.jupiter.api.Test;

import works.async.core.ItemRef;
import works.async.plugin.app.AppFixture;
import works.async.plugin.pagemacro.PageMacroScreens;
import works.async.plugin.web.Screens;
import works.async.plugin.web.macro.QuestionsView;

/** async-open-questions lists the questions of the page it is rendered on, whatever its parameters say. */
class OpenQuestionsMacroTest {

    private final AppFixture f = new AppFixture();
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final Macro macro;

    OpenQuestionsMacroTest() throws Exception {
        f.host.page("TEAM", "101", "Launch plan");
        f.host.page("TEAM", "202", "Other page");
        doAnswer(call -> {
            QuestionsView questions = (QuestionsView) ((Map<?, ?>) call.getArgument(1)).get("questions");
            ((Writer) call.getArgument(2)).write("[" + questions.itemKey() + " " + questions.questions().size() + "]");
            return null;
        }).when(renderer).render(anyString(), anyMap(), any(Writer.class));
        macro = new OpenQuestionsMacro(f.app.context().getBean(Screens.class),
                f.app.context().getBean(PageMacroScreens.class), renderer);
    }

    private static ConversionContext on(long pageId) {
        Page page = mock(Page.class);
        when(page.getId()).thenReturn(pageId);
        ConversionContext context = mock(ConversionContext.class);
        when(context.getEntity()).thenReturn(page);
        return context;
    }

    @Test
    void theQuestionsAreThoseOfThePageInTheRenderContextNotOfAParameter() throws Exception {
        f.as("carol").replies().ask(ItemRef.Kind.CONFLUENCE_PAGE, "101", List.of("alice"), "Which date?", null);
        f.host.signIn("alice");

        assertThat(macro.execute(Map.of("page", "202"), null, on(101))).isEqualTo("[101 1]");
        assertThat(macro.execute(Map.of(), null, on(202))).isEqualTo("[202 0]");
    }

    @Test
    void aPageTheViewerMayNotSeeIsAMessageNotAnError() throws Exception {
        f.host.restricted.put("101", Set.of("carol"));
        f.host.signIn("bob");

        assertThat(macro.execute(Map.of(), null, on(101))).contains("aui-message").contains("Not found, or you cannot see it.");
        assertThat(macro.execute(Map.of(), null, mock(ConversionContext.class)))
                .contains("This macro lists the questions of the saved page it is on.");
    }
}
