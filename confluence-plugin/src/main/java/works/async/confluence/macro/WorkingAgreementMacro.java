package works.async.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.util.Map;
import works.async.core.policy.PolicyScope;
import works.async.plugin.pagemacro.PageMacroScreens;
import works.async.plugin.web.Screens;

/**
 * {@code async-working-agreement}: the effective policy of the space it is rendered in (the render context's space,
 * never a parameter), in plain words; the global one outside a space.
 */
public final class WorkingAgreementMacro extends AsyncMacro {

    public WorkingAgreementMacro(Screens screens, PageMacroScreens pageScreens, TemplateRenderer renderer) {
        super(screens, pageScreens, renderer);
    }

    @Override
    PageMacroScreens.Shown shown(Screens screens, PageMacroScreens pageScreens, Map<String, String> parameters,
                                 String body, ConversionContext context) {
        String space = context == null ? null : context.getSpaceKey();
        return screen(screens.workingAgreement(space == null || space.isBlank()
                ? PolicyScope.global() : PolicyScope.confluenceSpace(space)));
    }
}
