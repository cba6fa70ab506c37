package works.async.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.util.Map;
import works.async.plugin.pagemacro.PageMacroScreens;
import works.async.plugin.web.Screens;

/** {@code async-action-item}: an action item (the macro's plain-text body) with its owner's confirmation. */
public final class ActionItemMacro extends AsyncMacro {

    public ActionItemMacro(Screens screens, PageMacroScreens pageScreens, TemplateRenderer renderer) {
        super(screens, pageScreens, renderer);
    }

    @Override
    PageMacroScreens.Shown shown(Screens screens, PageMacroScreens pageScreens, Map<String, String> parameters,
                                 String body, ConversionContext context)
            throws MacroExecutionException {
        return screen(screens.actionItem(required(parameters, "item"), body == null ? "" : body));
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.PLAIN_TEXT;
    }
}
