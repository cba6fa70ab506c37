package works.async.plugin.web;

import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/** Renders a screen to a string through the host's template renderer (macros return their HTML as a string). */
public final class Renderings {

    private Renderings() {
    }

    public static String toHtml(TemplateRenderer renderer, Screens.Rendering rendering) throws IOException {
        StringWriter out = new StringWriter();
        Map<String, Object> context = new HashMap<>(rendering.context());
        renderer.render(rendering.template(), context, out);
        return out.toString();
    }
}
