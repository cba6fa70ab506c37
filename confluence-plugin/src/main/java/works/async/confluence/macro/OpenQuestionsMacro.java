package works.async.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.util.Map;
import works.async.plugin.web.Screens;

/** {@code async-open-questions}: the questions on a page that still wait for a reply, soonest due first. */
public final class OpenQuestionsMacro extends AsyncMacro {

    public OpenQuestionsMacro(Screens screens, TemplateRenderer renderer) {
        super(screens, renderer);
    }

    @Override
    Screens.Rendering screen(Screens screens, Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        return screens.openQuestions(required(parameters, "page"));
    }
}
