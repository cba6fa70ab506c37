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

import works.async.sandbox.auth.CurrentUser;
import works.async.sandbox.auth.XsrfTokens;
import works.async.sandbox.host.Comment;
import works.async.sandbox.host.HostActions;
import works.async.sandbox.host.Issue;
import works.async.sandbox.host.JiraStore;
import works.async.sandbox.host.SandboxUser;
import works.async.sandbox.host.UserStore;
import works.async.sandbox.sal.SandboxText;

/**
 * The Jira-like side: {@code /issues} (all issues) and {@code /browse/KEY} (the issue view with comments, assign,
 * resolve, and the Async Work panel in the right column). Form posts carry the session's atl_token.
 */
public final class IssueServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Chrome chrome;
    private final transient JiraStore jira;
    private final transient UserStore users;
    private final transient HostActions actions;
    private final transient PluginScreens plugin;

    public IssueServlet(Chrome chrome, JiraStore jira, UserStore users, HostActions actions, PluginScreens plugin) {
        this.chrome = chrome;
        this.jira = jira;
        this.users = users;
        this.actions = actions;
        this.plugin = plugin;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().equals("/issues")) {
            list(request, response);
            return;
        }
        Optional<Issue> issue = issue(request);
        if (issue.isEmpty()) {
            // As in Jira, /browse/KEY of a project is the project's page (links to a project's reports point there).
            String key = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
            if (!key.isEmpty() && jira.project(key).filter(p -> p.mayBrowse(me())).isPresent()) {
                response.sendRedirect(request.getContextPath() + "/secure/async-work/project/" + key);
                return;
            }
            notFound(request, response);
            return;
        }
        view(request, response, issue.get());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Issue> found = issue(request);
        if (found.isEmpty()) {
            notFound(request, response);
            return;
        }
        if (!XsrfTokens.valid(request)) {
            response.sendError(403, SandboxText.get("sandbox.error.xsrf"));
            return;
        }
        Issue issue = found.get();
        SandboxUser me = CurrentUser.get().orElseThrow();
        String action = String.valueOf(request.getParameter("action"));
        switch (action) {
            case "comment" -> {
                String body = request.getParameter("body");
                if (body != null && !body.isBlank()) {
                    actions.comment(issue, me.key(), body);
                }
            }
            case "assign" -> {
                String username = request.getParameter("assignee");
                Optional<SandboxUser> assignee = users.byUsername(username);
                if (username == null || username.isEmpty()) {
                    actions.assign(issue, null, me.key());
                } else if (assignee.isPresent()) {
                    actions.assign(issue, assignee.get().key(), me.key());
                }
            }
            case "resolve" -> actions.resolve(issue);
            default -> {
                response.sendError(400);
                return;
            }
        }
        response.sendRedirect(request.getContextPath() + "/browse/" + issue.key());
    }

    private Optional<Issue> issue(HttpServletRequest request) {
        String path = request.getPathInfo();
        // An issue of a project the viewer may not browse is not found, as in Jira.
        return path == null || path.length() < 2 ? Optional.empty()
                : jira.issue(path.substring(1)).filter(this::browsable);
    }

    private boolean browsable(Issue issue) {
        return jira.project(issue.projectKey()).filter(p -> p.mayBrowse(me())).isPresent();
    }

    private static String me() {
        return CurrentUser.get().map(SandboxUser::key).orElse(null);
    }

    private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Issue i : jira.allIssues()) {
            if (browsable(i)) {
                rows.add(issueModel(i));
            }
        }
        Map<String, Object> model = chrome.model(request);
        model.put("issues", rows);
        chrome.page(response, SandboxText.get("sandbox.issues.title"), "issues", "sandbox-templates/issues.vm", model);
    }

    private void view(HttpServletRequest request, HttpServletResponse response, Issue issue) throws IOException {
        Map<String, Object> model = chrome.model(request);
        model.put("issue", issueModel(issue));
        List<Map<String, Object>> comments = new ArrayList<>();
        for (Comment c : jira.comments(issue.key())) {
            comments.add(Chrome.comment(c, name(c.author()),
                    CommentHtml.jira(c.body(), username -> users.byUsername(username).map(SandboxUser::displayName))));
        }
        model.put("comments", comments);
        model.put("people", users.all().stream().map(Chrome::user).toList());
        plugin.issuePanel(issue, request).ifPresent(html -> model.put("panelHtml", html));
        chrome.page(response, issue.key() + " " + issue.summary(), "issues", "sandbox-templates/issue.vm", model);
    }

    private Map<String, Object> issueModel(Issue i) {
        Map<String, Object> m = new HashMap<>();
        m.put("key", i.key());
        m.put("project", i.projectKey());
        m.put("type", i.type());
        m.put("priority", i.priority());
        m.put("summary", i.summary());
        m.put("description", i.description());
        m.put("assignee", i.assignee() == null ? null : name(i.assignee()));
        m.put("assigneeUsername", i.assignee() == null ? "" : users.byKey(i.assignee()).map(SandboxUser::username).orElse(""));
        m.put("reporter", name(i.reporter()));
        m.put("resolved", i.resolved());
        return m;
    }

    private String name(String userKey) {
        return userKey == null ? "" : users.byKey(userKey).map(SandboxUser::displayName).orElse(userKey);
    }

    private void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        chrome.errorPage(request, response, 404, SandboxText.get("sandbox.error.not.found"));
    }
}
