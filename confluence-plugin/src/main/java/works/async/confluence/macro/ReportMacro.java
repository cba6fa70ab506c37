package works.async.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.util.Map;
import works.async.plugin.web.Screens;

/** {@code async-report}: a meeting-replacement report, its reviewers' status and deadlines, and feedback. */
public final class ReportMacro extends AsyncMacro {

    public ReportMacro(Screens screens, TemplateRenderer renderer) {
        super(screens, renderer);
    }

    @Override
    Screens.Rendering screen(Screens screens, Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        return screens.report(required(parameters, "report"));
    }
}
