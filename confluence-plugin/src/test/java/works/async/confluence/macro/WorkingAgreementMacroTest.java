package works.async.confluence.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.Writer;
import java.util.Map;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.junit.jupiter.api.Test;

import works.async.plugin.app.AppFixture;
import works.async.plugin.pagemacro.PageMacroScreens;
import works.async.plugin.web.Screens;
import works.async.plugin.web.macro.AgreementView;

/** async-working-agreement shows the agreement of the space it is rendered in, whatever its parameters say. */
class WorkingAgreementMacroTest {

    private final AppFixture f = new AppFixture();
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final Macro macro;

    WorkingAgreementMacroTest() throws Exception {
        doAnswer(call -> {
            AgreementView agreement = (AgreementView) ((Map<?, ?>) call.getArgument(1)).get("agreement");
            ((Writer) call.getArgument(2)).write(agreement.scopeText() + " | " + agreement.acknowledgedText() + " | "
                    + agreement.acknowledgementsText() + " | " + agreement.mayAcknowledge());
            return null;
        }).when(renderer).render(anyString(), anyMap(), any(Writer.class));
        macro = new WorkingAgreementMacro(f.app.context().getBean(Screens.class),
                f.app.context().getBean(PageMacroScreens.class), renderer);
    }

    @Test
    void theSpaceIsTheRenderContextsNotAParameters() throws Exception {
        ConversionContext team = mock(ConversionContext.class);
        when(team.getSpaceKey()).thenReturn("TEAM");
        f.host.signIn("alice");

        assertThat(macro.execute(Map.of("space", "OTHER"), null, team)).contains("TEAM").doesNotContain("OTHER");
        assertThat(macro.execute(Map.of("space", "OTHER"), null, mock(ConversionContext.class)))
                .doesNotContain("OTHER").doesNotContain("TEAM");
    }

    @Test
    void inASpaceTheViewerSeesTheirOwnAcknowledgementOrMayGiveItAndEveryoneTheCount() throws Exception {
        ConversionContext team = mock(ConversionContext.class);
        when(team.getSpaceKey()).thenReturn("TEAM");
        f.as("alice").agreements().acknowledge(works.async.core.policy.PolicyScope.ContainerKind.CONFLUENCE_SPACE,
                "TEAM");

        f.host.signIn("alice");
        String alices = macro.execute(Map.of(), null, team);
        f.host.signIn("bob");
        String bobs = macro.execute(Map.of(), null, team);

        assertThat(alices).contains("You acknowledged this agreement on", "1 member acknowledged this agreement.",
                "| false");
        assertThat(bobs).contains("| null | 1 member acknowledged this agreement. | true").doesNotContain("alice");
        assertThat(macro.execute(Map.of(), null, mock(ConversionContext.class))).endsWith("| null | null | false");
    }
}
