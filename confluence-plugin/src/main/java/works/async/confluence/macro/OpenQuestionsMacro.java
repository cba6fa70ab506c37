package works.async.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.util.Map;
import works.async.plugin.pagemacro.PageMacroScreens;
import works.async.plugin.web.Screens;

/** {@code async-open-questions}: the questions on a page that still wait for a reply, soonest due first. */
public final class OpenQuestionsMacro extends AsyncMacro {

    public OpenQuestionsMacro(Screens screens, PageMacroScreens pageScreens, TemplateRenderer renderer) {
        super(screens, pageScreens, renderer);
    }

    @Override
    PageMacroScreens.Shown shown(Screens screens, PageMacroScreens pageScreens, Map<String, String> parameters,
                                 String body, ConversionContext context)
            throws MacroExecutionException {
        return screen(screens.openQuestions(required(parameters, "page")));
    }
}
