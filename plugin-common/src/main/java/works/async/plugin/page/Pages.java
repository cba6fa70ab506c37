package works.async.plugin.page;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.http.HttpServletResponse;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.plugin.rest.Messages;
import works.async.plugin.web.Html;
import works.async.plugin.web.Screens;

/**
 * Writes the plugin's pages for the product's decorator: a whole HTML document whose head names the decorator and the
 * current menu entry ({@link Layout}) and whose body is a shared screen rendered by the product's template renderer,
 * so the velocity allowlist and escaping apply as in the product's panels and macros. The page's scripts come from
 * the descriptor's pages web resource, required here for this page only: it is in no context the product loads on
 * every page. Refusals and failures become a page too, with their status and a text in the user's language (SAL's
 * resolver answers in the signed-in user's language), never a stack trace.
 */
public final class Pages {

    private static final Logger LOG = Logger.getLogger(Pages.class.getName());

    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final I18nResolver i18n;
    private final Messages messages;
    private final String webResource;
    private final Function<String, Layout> plain;

    /**
     * @param webResource the descriptor's web resource of the pages' scripts: plugin key, then module key
     * @param plain       the product's ordinary page (no administration menus) with a title: refusals are shown in it
     */
    public Pages(TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n, Messages messages,
                 String webResource, Function<String, Layout> plain) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.pageBuilder = Objects.requireNonNull(pageBuilder, "pageBuilder");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.webResource = Objects.requireNonNull(webResource, "webResource");
        this.plain = Objects.requireNonNull(plain, "plain");
    }

    /**
     * Answers 200 with the screen inside a decorated page, {@code above} (markup of the page's own, already escaped)
     * before it. The screen is rendered first, so that a refusal while reading it answers with its own status.
     */
    public void screen(HttpServletResponse response, Layout layout, String above, Supplier<Screens.Rendering> screen)
            throws IOException {
        String html;
        try {
            Screens.Rendering rendering = screen.get();
            StringWriter out = new StringWriter();
            renderer.render(rendering.template(), new HashMap<>(rendering.context()), out);
            html = out.toString();
        } catch (DomainException refused) {
            refusal(response, refused);
            return;
        } catch (IOException | RuntimeException failed) {
            // Logged for the administrator; the user reads a sentence, never the exception.
            LOG.log(Level.WARNING, "Async Work page failed to render", failed);
            if (works.async.plugin.database.DatabaseUnavailable.is(failed)) {
                message(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, messages.error("unavailable", "unavailable"));
            } else {
                message(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                        messages.error("internal_error", "internal_error"));
            }
            return;
        }
        pageBuilder.assembler().resources().requireWebResource(webResource);
        write(response, HttpServletResponse.SC_OK, layout, above + html);
    }

    /** A refusal of the application services (not found, forbidden...) as a page with its status. */
    public void refusal(HttpServletResponse response, DomainException refused) {
        ErrorCode code = refused.code();
        message(response, code.kind().httpStatus(), messages.error(code.id(), code.kind().genericId()));
    }

    /** A page that only says {@code text}, answered with {@code status}. */
    public void message(HttpServletResponse response, int status, String text) {
        String body = "<div class=\"aui-message aui-message-error async-work-refusal\"><p>" + Html.escape(text)
                + "</p></div>";
        try {
            write(response, status, plain.apply(text), body);
        } catch (IOException gone) {
            // The client went away while the refusal was written: nothing is left to tell it.
            LOG.log(Level.FINE, "Async Work refusal not delivered", gone);
        }
    }

    /** A text of the plugin's bundles in the user's language. */
    public String text(String key, Serializable... arguments) {
        return arguments.length == 0 ? i18n.getText(key) : i18n.getText(key, arguments);
    }

    private static void write(HttpServletResponse response, int status, Layout layout, String body)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // Pages show per-user data: never from a shared cache.
        response.setHeader("Cache-Control", "no-store");
        StringBuilder page = new StringBuilder(body.length() + 512);
        page.append("<!DOCTYPE html>\n<html>\n<head>\n<title>").append(Html.escape(layout.title()))
                .append("</title>\n");
        meta(page, "decorator", layout.decorator());
        for (Map.Entry<String, String> entry : layout.meta().entrySet()) {
            meta(page, entry.getKey(), entry.getValue());
        }
        page.append("</head>\n<body>\n");
        for (Map.Entry<String, String> entry : layout.content().entrySet()) {
            page.append("<content tag=\"").append(Html.escape(entry.getKey())).append("\">")
                    .append(Html.escape(entry.getValue())).append("</content>\n");
        }
        page.append(body).append("\n</body>\n</html>\n");
        PrintWriter writer = response.getWriter();
        writer.write(page.toString());
        writer.flush();
    }

    private static void meta(StringBuilder page, String name, String content) {
        page.append("<meta name=\"").append(Html.escape(name)).append("\" content=\"").append(Html.escape(content))
                .append("\">\n");
    }
}
