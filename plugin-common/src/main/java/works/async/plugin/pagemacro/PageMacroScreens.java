package works.async.plugin.pagemacro;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.atlassian.sal.api.message.I18nResolver;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.plugin.rest.Messages;
import works.async.plugin.web.Html;
import works.async.plugin.web.Screens;

/**
 * What a macro written in a page shows, for every host that renders one (Confluence's macros, the sandbox): its screen,
 * or a message in an AUI box, in the viewer's language, when its parameters are wrong, the page is not saved yet, or
 * the viewer may not see what it names. Never an exception: a page with a bad macro still renders.
 */
public final class PageMacroScreens {

    /** A screen to render with the host's template renderer, or ready HTML (a message). */
    public record Shown(Screens.Rendering rendering, String html) {

        static Shown screen(Screens.Rendering rendering) {
            return new Shown(rendering, null);
        }

        static Shown message(String html) {
            return new Shown(null, html);
        }
    }

    private final PageReports reports;
    private final PageActionItems actionItems;
    private final Screens screens;
    private final I18nResolver i18n;
    private final Messages messages;

    public PageMacroScreens(PageReports reports, PageActionItems actionItems, Screens screens, I18nResolver i18n) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.actionItems = Objects.requireNonNull(actionItems, "actionItems");
        this.screens = Objects.requireNonNull(screens, "screens");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.messages = new Messages(i18n);
    }

    /**
     * The {@code async-report} macro with id {@code macroId} on page {@code pageId} (null when the host cannot tell:
     * a preview, a page not saved yet), with the parameters the page gives it.
     */
    public Shown report(String pageId, String macroId, Map<String, String> parameters) {
        if (pageId == null || pageId.isBlank()) {
            return info("async.ui.macro.page.only");
        }
        Optional<DomainException> problem = reports.problem(pageId, parameters == null ? Map.of() : parameters);
        if (problem.isPresent()) {
            return Shown.message(refusal(problem.get()));
        }
        if (macroId == null || macroId.isBlank()) {
            return info("async.ui.macro.report.unsaved");
        }
        try {
            PageReports.Current current = reports.current(pageId, macroId);
            return Shown.screen(screens.report(current.reportId(), current.seriesId()));
        } catch (DomainException refused) {
            if (refused.code() == ErrorCode.NOT_FOUND) {
                // Not published yet (the page was never saved with this macro), or hidden from the viewer: alike.
                return info("async.ui.macro.report.unsaved");
            }
            return Shown.message(refusal(refused));
        }
    }

    /**
     * The {@code async-action-item} macro with id {@code macroId} on page {@code pageId} (null when the host cannot
     * tell), its parameters and its body (the task): the task, its owner and the state of their confirmation, with
     * Confirm and Decline for the owner; a warning naming the bad parameter instead.
     */
    public Shown actionItem(String pageId, String macroId, Map<String, String> parameters, String body) {
        if (pageId == null || pageId.isBlank()) {
            return info("async.ui.macro.actionItem.page.only");
        }
        Optional<DomainException> problem = actionItems.problem(pageId, parameters == null ? Map.of() : parameters, body);
        if (problem.isPresent()) {
            return Shown.message(refusal(problem.get()));
        }
        if (macroId == null || macroId.isBlank()) {
            return info("async.ui.macro.actionItem.unsaved");
        }
        try {
            return Shown.screen(screens.actionItem(PageMacroIds.actionItem(pageId, macroId), PageActionItems.task(body)));
        } catch (DomainException refused) {
            return refused.code() == ErrorCode.NOT_FOUND ? info("async.ui.macro.actionItem.unsaved")
                    : Shown.message(refusal(refused));
        }
    }

    /** The {@code async-open-questions} macro on page {@code pageId} (null when the host cannot tell: a preview). */
    public Shown openQuestions(String pageId) {
        if (pageId == null || pageId.isBlank()) {
            return info("async.ui.macro.questions.page.only");
        }
        return Shown.screen(screens.openQuestions(pageId));
    }

    /** A refusal as an AUI warning: which parameter, and what is wrong with it, in the viewer's language. */
    public String refusal(DomainException refused) {
        String what = messages.error(refused.code().id(), refused.code().kind().genericId());
        String text = refused.field() == null ? what
                : i18n.getText("async.ui.macro.param.problem", refused.field(), what);
        return box("warning", text);
    }

    private Shown info(String key) {
        return Shown.message(box("info", i18n.getText(key)));
    }

    private static String box(String kind, String text) {
        return "<div class=\"aui-message aui-message-" + kind + " async-work-macro-message\"><p>" + Html.escape(text)
                + "</p></div>";
    }
}
