package works.async.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.util.Map;
import works.async.plugin.pagemacro.PageMacroScreens;
import works.async.plugin.web.Screens;

/**
 * {@code async-report}: a meeting-replacement report written in the page (its rich-text body), its reviewers' status
 * and deadlines, and feedback. The report is the one the page's last save published or revised for this macro: keyed
 * by the page's content id and the macro's {@code ac:macro-id} (see {@code works.async.plugin.pagemacro.PageReports}).
 */
public final class ReportMacro extends AsyncMacro {

    public ReportMacro(Screens screens, PageMacroScreens pageScreens, TemplateRenderer renderer) {
        super(screens, pageScreens, renderer);
    }

    @Override
    PageMacroScreens.Shown shown(Screens screens, PageMacroScreens pageScreens, Map<String, String> parameters,
                                 String body, ConversionContext context) {
        return pageScreens.report(pageId(context), macroId(context), parameters);
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.RICH_TEXT;
    }
}
