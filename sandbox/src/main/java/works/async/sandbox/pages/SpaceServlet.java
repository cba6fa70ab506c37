package works.async.sandbox.pages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import works.async.core.Bounds;
import works.async.core.ErrorCode;
import works.async.plugin.pagemacro.MacroOccurrence;
import works.async.sandbox.auth.CurrentUser;
import works.async.sandbox.auth.XsrfTokens;
import works.async.sandbox.host.Comment;
import works.async.sandbox.host.ConfluenceStore;
import works.async.sandbox.host.HostActions;
import works.async.sandbox.host.Page;
import works.async.sandbox.host.PageSaves;
import works.async.sandbox.host.SandboxUser;
import works.async.sandbox.host.Space;
import works.async.sandbox.host.UserStore;
import works.async.sandbox.sal.SandboxText;
import works.async.sandbox.velocity.HtmlSafeRule;

/**
 * The Confluence-like side: {@code /spaces}, {@code /spaces/KEY} (its pages) and {@code /spaces/KEY/pages/ID}
 * (the page view: banner, body with each macro rendered by the plugin, comments and the comment form), with the
 * page editor at {@code /spaces/KEY/create} and {@code /spaces/KEY/pages/ID/edit} ({@link PageEditor}). A comment
 * posted at {@code /spaces/KEY/pages/ID/comments} goes through the host's action, which raises the event the
 * plugin's Confluence comment listener hears.
 */
public final class SpaceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Chrome chrome;
    private final transient ConfluenceStore confluence;
    private final transient UserStore users;
    private final transient PluginScreens plugin;
    private final transient HostActions actions;
    private final transient PageSaves saves;
    private final transient PageEditor editor;

    /** A page comment, at most this many characters (as the plugin bounds the free text it is given). */
    static final int MAX_COMMENT = 100_000;

    public SpaceServlet(Chrome chrome, ConfluenceStore confluence, UserStore users, PluginScreens plugin,
                        HostActions actions, PageSaves saves) {
        this.chrome = chrome;
        this.confluence = confluence;
        this.users = users;
        this.plugin = plugin;
        this.actions = actions;
        this.saves = saves;
        this.editor = new PageEditor(chrome, saves);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        String[] parts = path.substring(1).split("/");
        if (path.equals("/")) {
            spaces(request, response);
        } else if (parts.length == 1) {
            Optional<Space> space = confluence.space(parts[0]).filter(s -> s.mayView(me()));
            if (space.isPresent()) {
                space(request, response, space.get());
            } else {
                notFound(request, response);
            }
        } else if (parts.length == 2 && parts[1].equals("create")) {
            Optional<Space> space = confluence.space(parts[0]).filter(s -> s.mayView(me()));
            if (space.isPresent()) {
                editor.showCreate(request, response, space.get());
            } else {
                notFound(request, response);
            }
        } else if (parts.length == 3 && parts[1].equals("pages")) {
            Optional<Page> page = page(parts);
            if (page.isPresent()) {
                page(request, response, page.get());
            } else {
                notFound(request, response);
            }
        } else if (parts.length == 4 && parts[1].equals("pages") && parts[3].equals("edit")) {
            Optional<Page> page = page(parts);
            if (page.isPresent()) {
                editor.showEdit(request, response, page.get());
            } else {
                notFound(request, response);
            }
        } else {
            notFound(request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        String[] parts = path.substring(1).split("/");
        if (parts.length == 2 && parts[1].equals("create")) {
            Optional<Space> space = confluence.space(parts[0]).filter(s -> s.mayView(me()));
            if (space.isPresent()) {
                editor.create(request, response, space.get());
                return;
            }
        } else if (parts.length == 4 && parts[1].equals("pages") && parts[3].equals("edit")) {
            Optional<Page> page = page(parts);
            if (page.isPresent()) {
                editor.save(request, response, page.get());
                return;
            }
        } else if (parts.length == 4 && parts[1].equals("pages") && parts[3].equals("comments")) {
            Optional<Page> page = page(parts);
            if (page.isPresent()) {
                comment(request, response, page.get());
                return;
            }
        }
        notFound(request, response);
    }

    /** The page {@code parts[2]} of space {@code parts[0]}; a page of another space is not found under this one. */
    private Optional<Page> page(String[] parts) {
        return confluence.page(parts[2]).filter(p -> p.spaceKey().equals(parts[0]))
                .filter(p -> confluence.space(p.spaceKey()).filter(s -> s.mayView(me())).isPresent());
    }

    /** The signed-in user's key; a space or page they may not view is not found, as in Confluence. */
    private static String me() {
        return CurrentUser.get().map(SandboxUser::key).orElse(null);
    }

    /** Adds a page comment as the signed-in user; an empty one adds nothing, as on the issue view. */
    private void comment(HttpServletRequest request, HttpServletResponse response, Page page) throws IOException {
        if (!XsrfTokens.valid(request)) {
            response.sendError(403, SandboxText.get("sandbox.error.xsrf"));
            return;
        }
        String body = request.getParameter("body");
        ErrorCode problem = Bounds.proseProblem(body, MAX_COMMENT);
        if (problem != null) {
            response.setStatus(400);
            Map<String, Object> model = chrome.model(request);
            model.put("message", SandboxText.get("sandbox.page.edit.problem", SandboxText.get("sandbox.page.comment.field"),
                    SandboxText.get("sandbox.page.edit.code." + problem.id(), Integer.toString(MAX_COMMENT))));
            chrome.page(response, page.title(), "spaces", "sandbox-templates/message.vm", model);
            return;
        }
        if (body != null && !body.isBlank()) {
            actions.comment(page, CurrentUser.get().orElseThrow().key(), body);
        }
        response.sendRedirect(PageEditor.viewPath(request, page) + "#page-comments");
    }

    private void spaces(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Space s : confluence.spaces()) {
            if (!s.mayView(me())) {
                continue;
            }
            rows.add(Map.of("key", s.key(), "name", s.name()));
        }
        Map<String, Object> model = chrome.model(request);
        model.put("spaces", rows);
        chrome.page(response, SandboxText.get("sandbox.spaces.title"), "spaces", "sandbox-templates/spaces.vm", model);
    }

    private void space(HttpServletRequest request, HttpServletResponse response, Space space) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Page p : confluence.pages(space.key())) {
            rows.add(Map.of("id", Long.toString(p.id()), "title", p.title()));
        }
        Map<String, Object> model = chrome.model(request);
        model.put("space", Map.of("key", space.key(), "name", space.name()));
        model.put("pages", rows);
        model.put("canCreate", saves.canCreateIn(CurrentUser.get().map(SandboxUser::key).orElse(null), space));
        // As Confluence shows Space tools (where the app's policy item is) to the space's and Confluence's admins.
        model.put("canAdminister", CurrentUser.get().filter(u -> u.admin() || space.admins().contains(u.key())).isPresent());
        chrome.page(response, space.name(), "spaces", "sandbox-templates/space.vm", model);
    }

    private void page(HttpServletRequest request, HttpServletResponse response, Page page) throws IOException {
        Map<String, Object> model = chrome.model(request);
        model.put("page", Map.of("id", Long.toString(page.id()), "title", page.title(), "space", page.spaceKey()));
        model.put("bodyHtml", PageBodyHtml.render(page.body(), m -> plugin.macro(m, page, request)
                .orElseGet(() -> placeholder(m))));
        model.put("canEdit", saves.canEdit(CurrentUser.get().map(SandboxUser::key).orElse(null), page));
        plugin.pageBanner(page, request).ifPresent(html -> model.put("bannerHtml", html));
        List<Map<String, Object>> comments = new ArrayList<>();
        for (Comment c : confluence.comments(page.id())) {
            comments.add(Chrome.comment(c, users.byKey(c.author()).map(SandboxUser::displayName).orElse(c.author()),
                    CommentHtml.confluence(c.body(), key -> users.byKey(key).map(SandboxUser::displayName),
                            username -> users.byUsername(username).map(SandboxUser::displayName))));
        }
        model.put("comments", comments);
        chrome.page(response, page.title(), "spaces", "sandbox-templates/page.vm", model);
    }

    /** Until the plugin's macro is there: a marked box naming the macro, with its body (encoded). */
    private static String placeholder(MacroOccurrence m) {
        return "<div class=\"aui-message aui-message-info async-work-macro-placeholder\" data-macro=\""
                + HtmlSafeRule.encode(m.name()) + "\">" + HtmlSafeRule.encode(SandboxText.get("sandbox.macro.placeholder", m.name()))
                + "</div>";
    }

    private void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        chrome.errorPage(request, response, 404, SandboxText.get("sandbox.error.not.found"));
    }
}
