package works.async.sandbox.pages;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import com.atlassian.templaterenderer.TemplateRenderer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import works.async.core.DomainException;
import works.async.core.policy.PolicyScope;
import works.async.plugin.pagemacro.MacroOccurrence;
import works.async.plugin.pagemacro.PageMacroScreens;
import works.async.plugin.web.Screens;
import works.async.plugin.web.Screens.Rendering;
import works.async.plugin.web.waiting.WaitingScreen;
import works.async.sandbox.host.Issue;
import works.async.sandbox.host.Page;

/**
 * The plugin UI as Jira's web panel and Confluence's macros would show it: each fragment is the shared
 * {@link Screens} view model rendered by the host's {@link TemplateRenderer}, so the escaping rule and the
 * velocity allowlist apply exactly as in the products.
 */
public final class SharedScreens implements PluginScreens {

    private static final Logger LOG = LoggerFactory.getLogger(SharedScreens.class);

    private final Screens screens;
    private final PageMacroScreens pageMacros;
    private final TemplateRenderer renderer;
    private final WaitingScreen waiting;

    public SharedScreens(Screens screens, PageMacroScreens pageMacros, TemplateRenderer renderer, WaitingScreen waiting) {
        this.screens = screens;
        this.pageMacros = pageMacros;
        this.renderer = renderer;
        this.waiting = waiting;
    }

    @Override
    public Optional<String> issuePanel(Issue issue, HttpServletRequest request) {
        return render(() -> screens.issuePanel(issue.key()));
    }

    @Override
    public Optional<String> macro(MacroOccurrence macro, Page page, HttpServletRequest request) {
        String pageId = Long.toString(page.id());
        Map<String, String> parameters = macro.parameters();
        String body = macro.body();
        return switch (macro.name()) {
            // As Confluence's ReportMacro: the page and the macro id from the render context, then the shared code.
            case "async-report" -> shown(pageMacros.report(pageId, macro.macroId(), parameters));
            case "async-action-item" -> shown(pageMacros.actionItem(pageId, macro.macroId(), parameters, body));
            case "async-working-agreement" -> render(() -> screens.workingAgreement(
                    PolicyScope.confluenceSpace(page.spaceKey())));
            case "async-open-questions" -> shown(pageMacros.openQuestions(pageId));
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<String> pageBanner(Page page, HttpServletRequest request) {
        return render(() -> screens.pageBanner(Long.toString(page.id())));
    }

    @Override
    public Optional<String> screen(String screen, String argument, HttpServletRequest request) {
        return switch (screen) {
            case "settings" -> render(screens::settings);
            case "admin" -> admin(request);
            case "insights" -> render(() -> screens.projectInsights(argument));
            case "space-insights" -> render(() -> screens.spaceInsights(argument));
            case "outbox" -> render(screens::outbox);
            case "report" -> render(() -> screens.report(argument));
            case "project" -> render(() -> screens.projectPage(argument));
            case "waiting" -> render(waiting::mine);
            default -> Optional.empty();
        };
    }

    /**
     * A policy's screen. A refusal (a project or space the viewer may not administer: 403; one they cannot see, or a
     * type it does not have: 404) is answered with its status, as the products' policy pages answer it.
     */
    private Optional<String> admin(HttpServletRequest request) {
        Rendering rendering;
        try {
            rendering = screens.policy(scopeOf(request));
        } catch (DomainException e) {
            int status = e.code().kind().httpStatus();
            request.setAttribute(PluginScreens.STATUS, status);
            String key = status == 403 ? "async.ui.policy.refused" : status == 404 ? "sandbox.error.not.found" : null;
            if (key == null) {
                return render(() -> {
                    throw e;
                });
            }
            return Optional.of(renderer.renderFragment(
                    "<div class=\"aui-message aui-message-warning\"><p>$i18n.getText($key)</p></div>", Map.of("key", key)));
        }
        return render(() -> rendering);
    }

    /**
     * The policy the admin screen edits: {@code ?project=KEY}, {@code ?space=KEY}, either narrowed to an item type
     * with {@code &type=NAME}, or the global one.
     */
    private static PolicyScope scopeOf(HttpServletRequest request) {
        String project = request.getParameter("project");
        String space = request.getParameter("space");
        PolicyScope scope = PolicyScope.global();
        if (project != null && !project.isBlank()) {
            scope = PolicyScope.jiraProject(project);
        } else if (space != null && !space.isBlank()) {
            scope = PolicyScope.confluenceSpace(space);
        }
        String type = request.getParameter("type");
        return type == null || type.isBlank() || scope.isGlobal() ? scope : scope.withItemType(type);
    }

    private Optional<String> shown(PageMacroScreens.Shown shown) {
        return shown.html() != null ? Optional.of(shown.html()) : render(shown::rendering);
    }

    private Optional<String> render(java.util.function.Supplier<Rendering> screen) {
        try {
            Rendering rendering = screen.get();
            java.io.StringWriter out = new java.io.StringWriter();
            renderer.render(rendering.template(), new java.util.HashMap<>(rendering.context()), out);
            return Optional.of(out.toString());
        } catch (DomainException e) {
            // A refusal (not visible, unknown report) shows as the products show a failed macro: a message, not a 500.
            return Optional.of(renderer.renderFragment(
                    "<div class=\"aui-message aui-message-warning\"><p>$message</p></div>", Map.of("message", e.getMessage())));
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("Plugin fragment failed: {}", e.toString());
            return Optional.of(renderer.renderFragment(
                    "<div class=\"aui-message aui-message-error\"><p>$i18n.getText(\"sandbox.error.fragment\")</p></div>",
                    Map.of()));
        }
    }
}
