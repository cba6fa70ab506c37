package works.async.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import works.async.core.DomainException;
import works.async.plugin.web.Renderings;
import works.async.plugin.web.Screens;

/**
 * What the four Async Work macros share: each picks a screen from its parameters and renders it through the host's
 * template renderer; a refusal (unknown report, nothing visible) becomes a macro error with the refusal's message,
 * never a stack trace on the page.
 */
abstract class AsyncMacro implements Macro {

    private final Screens screens;
    private final TemplateRenderer renderer;

    AsyncMacro(Screens screens, TemplateRenderer renderer) {
        this.screens = Objects.requireNonNull(screens, "screens");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /** The screen this macro shows for these parameters. */
    abstract Screens.Rendering screen(Screens screens, Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException;

    @Override
    public final String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        try {
            return Renderings.toHtml(renderer, screen(screens, parameters, body, context));
        } catch (DomainException refused) {
            throw new MacroExecutionException(refused.getMessage());
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

    static String required(Map<String, String> parameters, String name) throws MacroExecutionException {
        String value = parameters.get(name);
        if (value == null || value.isBlank()) {
            throw new MacroExecutionException("The macro needs its '" + name + "' parameter.");
        }
        return value;
    }
}
