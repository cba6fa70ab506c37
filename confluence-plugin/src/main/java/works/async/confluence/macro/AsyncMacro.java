package works.async.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.xhtml.api.MacroDefinition;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import works.async.core.DomainException;
import works.async.plugin.pagemacro.PageMacroScreens;
import works.async.plugin.web.Renderings;
import works.async.plugin.web.Screens;

/**
 * What the four Async Work macros share: each picks what to show from its parameters and the page it is rendered on,
 * and renders it through the host's template renderer; a refusal (bad parameter, nothing visible) becomes a message
 * in an AUI box in the viewer's language, never a stack trace or an error on the page.
 */
abstract class AsyncMacro implements Macro {

    /**
     * The context property that holds the executing macro's {@link MacroDefinition}: Confluence 8.7.2's
     * {@code ViewMacroMarshaller} sets it before {@code execute}. Not verified for Confluence 10.
     */
    static final String MACRO_DEFINITION = "macroDefinition";

    private final Screens screens;
    private final PageMacroScreens pageScreens;
    private final TemplateRenderer renderer;

    AsyncMacro(Screens screens, PageMacroScreens pageScreens, TemplateRenderer renderer) {
        this.screens = Objects.requireNonNull(screens, "screens");
        this.pageScreens = Objects.requireNonNull(pageScreens, "pageScreens");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /** What this macro shows for these parameters. */
    abstract PageMacroScreens.Shown shown(Screens screens, PageMacroScreens pageScreens, Map<String, String> parameters,
                                          String body, ConversionContext context) throws MacroExecutionException;

    @Override
    public final String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        try {
            PageMacroScreens.Shown shown = shown(screens, pageScreens, parameters == null ? Map.of() : parameters,
                    body, context);
            return shown.html() != null ? shown.html() : Renderings.toHtml(renderer, shown.rendering());
        } catch (DomainException refused) {
            return pageScreens.refusal(refused);
        } catch (IOException e) {
            throw new MacroExecutionException(e);
        }
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }

    static PageMacroScreens.Shown screen(Screens.Rendering rendering) {
        return new PageMacroScreens.Shown(rendering, null);
    }

    /** The content id of the page being rendered, or null (no page: a preview of unsaved content, a template). */
    static String pageId(ConversionContext context) {
        ContentEntityObject entity = context == null ? null : context.getEntity();
        return entity == null || entity.getId() == 0 ? null : Long.toString(entity.getId());
    }

    /** The executing macro's {@code ac:macro-id}, or null when Confluence gives none. */
    static String macroId(ConversionContext context) {
        Object definition = context == null ? null : context.getProperty(MACRO_DEFINITION);
        if (definition instanceof MacroDefinition macro) {
            return macro.getMacroIdentifier().map(id -> id.getId()).orElse(null);
        }
        return null;
    }

    static String required(Map<String, String> parameters, String name) throws MacroExecutionException {
        String value = parameters.get(name);
        if (value == null || value.isBlank()) {
            throw new MacroExecutionException("The macro needs its '" + name + "' parameter.");
        }
        return value;
    }
}
