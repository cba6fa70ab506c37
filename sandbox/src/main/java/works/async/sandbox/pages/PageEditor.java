package works.async.sandbox.pages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import works.async.core.DomainException;
import works.async.sandbox.auth.CurrentUser;
import works.async.sandbox.auth.XsrfTokens;
import works.async.sandbox.host.Page;
import works.async.sandbox.host.PageSaves;
import works.async.sandbox.host.SandboxUser;
import works.async.sandbox.host.Space;
import works.async.sandbox.sal.SandboxText;

/**
 * The page editor, Confluence's create and edit screens as a plain AUI form: a title, and the body in storage
 * format in a text area, with a button per macro that inserts it with its parameters for the writer to fill in.
 * {@code /spaces/KEY/create} makes a page in the space, {@code /spaces/KEY/pages/ID/edit} saves a new version; both
 * post the session's atl_token, and a bad title or body answers 400 with the form as typed and the field named.
 */
final class PageEditor {

    private final Chrome chrome;
    private final PageSaves saves;

    PageEditor(Chrome chrome, PageSaves saves) {
        this.chrome = chrome;
        this.saves = saves;
    }

    void showCreate(HttpServletRequest request, HttpServletResponse response, Space space) throws IOException {
        if (!saves.canCreateIn(me(), space)) {
            forbidden(request, response);
            return;
        }
        form(request, response, space.key(), null, "", "", null);
    }

    void showEdit(HttpServletRequest request, HttpServletResponse response, Page page) throws IOException {
        if (!saves.canEdit(me(), page)) {
            forbidden(request, response);
            return;
        }
        form(request, response, page.spaceKey(), page, page.title(), page.body(), null);
    }

    void create(HttpServletRequest request, HttpServletResponse response, Space space) throws IOException {
        if (!XsrfTokens.valid(request)) {
            response.sendError(403, SandboxText.get("sandbox.error.xsrf"));
            return;
        }
        if (!saves.canCreateIn(me(), space)) {
            forbidden(request, response);
            return;
        }
        String title = request.getParameter("title");
        String body = request.getParameter("body");
        try {
            Page created = saves.create(space, title, body, me());
            response.sendRedirect(viewPath(request, created));
        } catch (DomainException refusal) {
            response.setStatus(400);
            form(request, response, space.key(), null, title, body, refusal);
        }
    }

    void save(HttpServletRequest request, HttpServletResponse response, Page page) throws IOException {
        if (!XsrfTokens.valid(request)) {
            response.sendError(403, SandboxText.get("sandbox.error.xsrf"));
            return;
        }
        if (!saves.canEdit(me(), page)) {
            forbidden(request, response);
            return;
        }
        String title = request.getParameter("title");
        String body = request.getParameter("body");
        try {
            Page saved = saves.update(page, title, body, me());
            response.sendRedirect(viewPath(request, saved));
        } catch (DomainException refusal) {
            response.setStatus(400);
            form(request, response, page.spaceKey(), page, title, body, refusal);
        }
    }

    static String viewPath(HttpServletRequest request, Page page) {
        return request.getContextPath() + "/spaces/" + page.spaceKey() + "/pages/" + page.id();
    }

    private void form(HttpServletRequest request, HttpServletResponse response, String spaceKey, Page page,
                      String title, String body, DomainException refusal) throws IOException {
        Map<String, Object> model = chrome.model(request);
        model.put("space", spaceKey);
        model.put("pageId", page == null ? "" : Long.toString(page.id()));
        model.put("action", page == null ? request.getContextPath() + "/spaces/" + spaceKey + "/create"
                : viewPath(request, page) + "/edit");
        model.put("cancel", page == null ? request.getContextPath() + "/spaces/" + spaceKey : viewPath(request, page));
        model.put("title", title == null ? "" : title);
        // Not "body": the products insert a reference of that name unescaped.
        model.put("storage", body == null ? "" : body);
        model.put("maxTitle", Integer.toString(PageSaves.MAX_TITLE));
        model.put("bodyDescription", SandboxText.get("sandbox.page.edit.body.description",
                Integer.toString(PageSaves.MAX_BODY)));
        model.put("macros", MACROS);
        if (refusal != null) {
            model.put("errorField", refusal.field());
            model.put("error", SandboxText.get("sandbox.page.edit.problem",
                    SandboxText.get("sandbox.page.edit.field." + refusal.field()),
                    SandboxText.get("sandbox.page.edit.code." + refusal.code().id(),
                            Integer.toString("title".equals(refusal.field()) ? PageSaves.MAX_TITLE : PageSaves.MAX_BODY))));
        }
        String heading = page == null ? SandboxText.get("sandbox.page.create.title", spaceKey)
                : SandboxText.get("sandbox.page.edit.title", page.title());
        model.put("heading", heading);
        chrome.page(response, heading, "spaces", "sandbox-templates/page-edit.vm", model);
    }

    private void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
        chrome.errorPage(request, response, 403, SandboxText.get("sandbox.page.edit.forbidden"));
    }

    private static String me() {
        return CurrentUser.get().map(SandboxUser::key).orElse(null);
    }

    /** The macros the editor offers: name, what each parameter means, and the storage format inserted. */
    private static final List<Map<String, Object>> MACROS = List.of(
            macro("async-report", List.of("reviewers", "optional-reviewers", "feedback-hours", "replaces-meeting",
                    "meeting-minutes", "attendees", "series"), """
                    <ac:structured-macro ac:name="async-report">
                      <ac:parameter ac:name="reviewers">alice, carol</ac:parameter>
                      <ac:parameter ac:name="feedback-hours">16</ac:parameter>
                      <ac:rich-text-body><p>What happened, what is next.</p></ac:rich-text-body>
                    </ac:structured-macro>
                    """),
            macro("async-action-item", List.of("owner", "confirm-hours"), """
                    <ac:structured-macro ac:name="async-action-item">
                      <ac:parameter ac:name="owner">dinesh</ac:parameter>
                      <ac:rich-text-body><p>The task.</p></ac:rich-text-body>
                    </ac:structured-macro>
                    """),
            macro("async-open-questions", List.of(), """
                    <ac:structured-macro ac:name="async-open-questions" />
                    """),
            macro("async-working-agreement", List.of(), """
                    <ac:structured-macro ac:name="async-working-agreement" />
                    """));

    private static Map<String, Object> macro(String name, List<String> parameters, String snippet) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("description", SandboxText.get("sandbox.page.macro." + name));
        List<Map<String, Object>> params = new ArrayList<>();
        for (String p : parameters) {
            params.add(Map.of("name", p, "description", SandboxText.get("sandbox.page.macro." + name + "." + p)));
        }
        m.put("parameters", params);
        m.put("hasParameters", !params.isEmpty());
        m.put("snippet", snippet);
        m.put("label", SandboxText.get("sandbox.page.edit.insert", name));
        return Map.copyOf(m);
    }
}
