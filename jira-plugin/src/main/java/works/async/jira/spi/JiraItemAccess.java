package works.async.jira.spi;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;

import works.async.core.ItemRef;
import works.async.core.policy.PolicyScope;
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.ItemAccess;

/**
 * Jira issues and Jira's permission schemes for the SPI: Browse Projects to view an issue or see its project's team
 * figures, Edit Issues to edit it, Administer Projects (or being a Jira administrator, who configures every project)
 * to administer its project's policy. Only issues and projects' own pages ({@link ItemRef#projectPage}, where the
 * project's reports live; browsing the project lets one view and edit it) exist here: Confluence pages are never found.
 * User keys are Jira's; an unknown or deactivated user is refused everything.
 */
public final class JiraItemAccess implements ItemAccess {

    private final IssueManager issues;
    private final ProjectManager projects;
    private final PermissionManager permissions;
    private final GlobalPermissionManager globalPermissions;
    private final UserManager users;

    public JiraItemAccess(IssueManager issues, ProjectManager projects, PermissionManager permissions,
                          GlobalPermissionManager globalPermissions, UserManager users) {
        this.issues = issues;
        this.projects = projects;
        this.permissions = permissions;
        this.globalPermissions = globalPermissions;
        this.users = users;
    }

    @Override
    public Optional<HostItem> find(ItemRef.Kind kind, String itemKey) {
        if (kind != ItemRef.Kind.JIRA_ISSUE) {
            return Optional.empty();
        }
        // An issue key always has a "-": a key without one can only name a project (and is not asked of IssueManager).
        return itemKey != null && !itemKey.contains("-") ? projectPage(itemKey)
                : issue(itemKey).map(JiraItemAccess::toHostItem);
    }

    private Optional<HostItem> projectPage(String key) {
        return project(PolicyScope.ContainerKind.JIRA_PROJECT, key).map(p -> new HostItem(ItemRef.projectPage(p.getKey()),
                p.getName(), null, null, null, null, p.getLeadUserKey(), false));
    }

    @Override
    public boolean canView(String userKey, ItemRef item) {
        return hasIssuePermission(ProjectPermissions.BROWSE_PROJECTS, userKey, item);
    }

    @Override
    public boolean canEdit(String userKey, ItemRef item) {
        return hasIssuePermission(ProjectPermissions.EDIT_ISSUES, userKey, item);
    }

    @Override
    public boolean isContainerAdmin(String userKey, PolicyScope.ContainerKind kind, String containerKey) {
        Optional<ApplicationUser> user = activeUser(userKey);
        Optional<Project> project = project(kind, containerKey);
        if (user.isEmpty() || project.isEmpty()) {
            return false;
        }
        return permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project.get(), user.get())
                || globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, user.get());
    }

    /** Only Jira projects: a space key names nothing here. */
    @Override
    public boolean containerExists(PolicyScope.ContainerKind kind, String containerKey) {
        return project(kind, containerKey).isPresent();
    }

    /**
     * The issue types of the project's issue type scheme ({@code Project.getIssueTypes()}), by name, as issues carry
     * them into a policy scope ({@link #toHostItem}); sub-task types included, since sub-tasks get owners too.
     */
    @Override
    public List<String> itemTypes(PolicyScope.ContainerKind kind, String containerKey) {
        Collection<IssueType> types = project(kind, containerKey).map(Project::getIssueTypes).orElse(null);
        return types == null ? List.of()
                : types.stream().filter(Objects::nonNull).map(IssueType::getName).filter(Objects::nonNull).toList();
    }

    /** Whoever may browse the project may see its team figures, as Jira shows them its issues. */
    @Override
    public boolean canViewContainer(String userKey, PolicyScope.ContainerKind kind, String containerKey) {
        Optional<ApplicationUser> user = activeUser(userKey);
        Optional<Project> project = project(kind, containerKey);
        return user.isPresent() && project.isPresent()
                && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project.get(), user.get());
    }

    /** Checked on the issue itself, so the project's scheme and the issue's security level both apply. */
    private boolean hasIssuePermission(ProjectPermissionKey permission, String userKey, ItemRef item) {
        if (item == null || item.kind() != ItemRef.Kind.JIRA_ISSUE) {
            return false;
        }
        if (item.namesProjectPage()) {
            return canViewContainer(userKey, PolicyScope.ContainerKind.JIRA_PROJECT, item.containerKey());
        }
        Optional<ApplicationUser> user = activeUser(userKey);
        Optional<Issue> issue = issue(item.itemKey());
        return user.isPresent() && issue.isPresent() && permissions.hasPermission(permission, issue.get(), user.get());
    }

    private Optional<Issue> issue(String issueKey) {
        return issueKey == null || issueKey.isBlank() ? Optional.empty()
                : Optional.ofNullable(issues.getIssueObject(issueKey));
    }

    private Optional<Project> project(PolicyScope.ContainerKind kind, String projectKey) {
        if (kind != PolicyScope.ContainerKind.JIRA_PROJECT || projectKey == null || projectKey.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(projects.getProjectObjByKey(projectKey));
    }

    /** Jira would answer permission checks for a deactivated user from the scheme; the product refuses them. */
    private Optional<ApplicationUser> activeUser(String userKey) {
        return userKey == null ? Optional.empty()
                : Optional.ofNullable(users.getUserByKey(userKey)).filter(ApplicationUser::isActive);
    }

    /** Resolved means Jira has a resolution on it, whatever the status is called (the way Jira's own filters tell). */
    private static HostItem toHostItem(Issue issue) {
        Project project = issue.getProjectObject();
        return new HostItem(ItemRef.issue(project.getKey(), issue.getKey()), issue.getSummary(),
                issue.getIssueType() == null ? null : issue.getIssueType().getName(),
                issue.getPriority() == null ? null : issue.getPriority().getName(),
                keyOf(issue.getAssignee()), keyOf(issue.getReporter()), project.getLeadUserKey(),
                issue.getResolution() != null);
    }

    private static String keyOf(ApplicationUser user) {
        return user == null ? null : user.getKey();
    }
}
