package works.async.jira.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;

import works.async.core.policy.PolicyScope;
import works.async.plugin.access.Access;
import works.async.plugin.page.ContainerServlet;
import works.async.plugin.page.Gate;
import works.async.plugin.page.Layout;
import works.async.plugin.page.Pages;
import works.async.plugin.web.Screens;

/**
 * A project's pages, {@code /plugins/servlet/async-work/project/KEY/...}:
 * <ul>
 *   <li>{@code KEY} alone: the project's page (its reports, the draft of the next one, its working agreement), in
 *   the project sidebar, for everyone who may browse the project;</li>
 *   <li>{@code policy}: the project's policy, or with {@code ?issueType=ID} (or {@code ?type=NAME}, as the shared
 *   policy screen links it) the policy of one of its issue types, in
 *   the project's settings, for those who may change it (Administer Projects, or Jira administrators);</li>
 *   <li>{@code insights}: the project's team figures, for everyone who may browse the project.</li>
 * </ul>
 * A project the user cannot see is answered like one that does not exist (404), so nobody learns its key; a project
 * they see but may not administer answers 403.
 */
public final class ProjectServlet extends ContainerServlet {

    /** The descriptor's web-item key of the policy page, in the project settings sidebar. */
    static final String POLICY_TAB = "async-work-project-policy";
    /** The descriptor's web-item keys of the project page and the insights, in the project sidebar. */
    static final String PAGE_ITEM = "async-work-project-page";
    static final String INSIGHTS_ITEM = "async-work-project-insights";

    private final transient Screens screens;
    private final transient ProjectManager projects;

    public ProjectServlet(Gate gate, Pages pages, Screens screens, ProjectManager projects) {
        super(gate, pages, PolicyScope.ContainerKind.JIRA_PROJECT, "page", Set.of("policy", "insights"));
        this.screens = Objects.requireNonNull(screens, "screens");
        this.projects = Objects.requireNonNull(projects, "projects");
    }

    @Override
    protected void page(HttpServletRequest request, HttpServletResponse response, String key, String page)
            throws IOException {
        // Browse, administer, or Jira administrator: checked by ContainerServlet before this is called.
        switch (page) {
            case "policy" -> policy(request, response, key);
            case "insights" -> inSidebar(response, key, INSIGHTS_ITEM, "async-work.jira.web.insights.title",
                    () -> screens.projectInsights(key));
            default -> inSidebar(response, key, PAGE_ITEM, "async-work.jira.web.project.page.title",
                    () -> screens.projectPage(key));
        }
    }

    /** A page of the project sidebar, titled with the project's name, marking {@code item} as current. */
    private void inSidebar(HttpServletResponse response, String key, String item, String titleKey,
                           Supplier<Screens.Rendering> screen) throws IOException {
        Project project = projects.getProjectObjByKey(key);
        if (project == null) {
            // Deleted between the check and here.
            pages().refusal(response, Access.notFound());
            return;
        }
        pages().screen(response, PageLayout.projectPage(pages().text(titleKey, project.getName()), project, item), "",
                screen);
    }

    private void policy(HttpServletRequest request, HttpServletResponse response, String key) throws IOException {
        PolicyScope projectScope = PolicyScope.jiraProject(key);
        if (!gate().access().mayEditPolicy(projectScope)) {
            pages().message(response, HttpServletResponse.SC_FORBIDDEN,
                    pages().text("async-work.jira.web.error.project.admin", key));
            return;
        }
        Project project = projects.getProjectObjByKey(key);
        if (project == null) {
            // Deleted between the check and here.
            pages().refusal(response, Access.notFound());
            return;
        }
        Collection<IssueType> types = project.getIssueTypes() == null ? List.of() : project.getIssueTypes();
        String typeName = blankToNull(request.getParameter("type"));
        // The shared policy screen links a type by its name (?type=NAME), the tabs by its id (?issueType=ID).
        String typeId = typeName != null ? types.stream().filter(t -> typeName.equals(t.getName())).map(IssueType::getId)
                .findFirst().orElse("") : blankToNull(request.getParameter("issueType"));
        // Only the project's own issue types have a policy page here; policies narrow by the type's name.
        Optional<IssueType> type = types.stream().filter(t -> t.getId().equals(typeId)).findFirst();
        if (typeId != null && type.isEmpty()) {
            pages().refusal(response, Access.notFound());
            return;
        }
        PolicyScope scope = type.map(t -> projectScope.withItemType(t.getName())).orElse(projectScope);
        String href = request.getContextPath() + "/plugins/servlet/async-work/project/"
                + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20") + "/policy";
        String tabs = IssueTypeTabs.html(href, types, typeId, pages().text("async-work.jira.web.policy.project.all"));
        Layout layout = PageLayout.projectSettings(
                pages().text("async-work.jira.web.project.policy.title", project.getName()), project, POLICY_TAB);
        pages().screen(response, layout, tabs, () -> screens.policy(scope));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
