package works.async.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.util.Map;
import works.async.plugin.pagemacro.PageMacroScreens;
import works.async.plugin.web.Screens;

/**
 * {@code async-open-questions}: the questions on the page it is on that still wait for a reply, soonest due first; the
 * page comes from the render context ({@code ConversionContext.getEntity()}), never from a parameter.
 */
public final class OpenQuestionsMacro extends AsyncMacro {

    public OpenQuestionsMacro(Screens screens, PageMacroScreens pageScreens, TemplateRenderer renderer) {
        super(screens, pageScreens, renderer);
    }

    @Override
    PageMacroScreens.Shown shown(Screens screens, PageMacroScreens pageScreens, Map<String, String> parameters,
                                 String body, ConversionContext context) {
        return pageScreens.openQuestions(pageId(context));
    }
}
