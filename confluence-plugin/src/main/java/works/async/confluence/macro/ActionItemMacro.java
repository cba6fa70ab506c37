package works.async.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.util.Map;
import works.async.plugin.pagemacro.PageMacroScreens;
import works.async.plugin.web.Screens;

/**
 * {@code async-action-item}: a task written in the page (the macro's rich-text body), its owner (the {@code owner}
 * parameter) and the state of their confirmation. The item is the one the page's last save asked the owner about:
 * keyed by the page's content id and the macro's {@code ac:macro-id} (see
 * {@code works.async.plugin.pagemacro.PageActionItems}).
 */
public final class ActionItemMacro extends AsyncMacro {

    public ActionItemMacro(Screens screens, PageMacroScreens pageScreens, TemplateRenderer renderer) {
        super(screens, pageScreens, renderer);
    }

    @Override
    PageMacroScreens.Shown shown(Screens screens, PageMacroScreens pageScreens, Map<String, String> parameters,
                                 String body, ConversionContext context) {
        return pageScreens.actionItem(pageId(context), macroId(context), parameters, body);
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.RICH_TEXT;
    }
}
