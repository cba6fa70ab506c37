package works.async.jira.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static works.async.jira.spi.JiraUserDirectoryTest.user;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import works.async.core.ItemRef;
import works.async.core.policy.PolicyScope.ContainerKind;
import works.async.plugin.spi.HostItem;

class JiraItemAccessTest {

    private static final ItemRef DEMO_1 = ItemRef.issue("DEMO", "DEMO-1");

    private final IssueManager issues = mock(IssueManager.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final GlobalPermissionManager globalPermissions = mock(GlobalPermissionManager.class);
    private final UserManager users = mock(UserManager.class);
    private final JiraItemAccess access = new JiraItemAccess(issues, projects, permissions, globalPermissions, users);

    private final ApplicationUser anna = user("JIRAUSER10100", "anna", "Anna", true);
    private final ApplicationUser bob = user("JIRAUSER10200", "bob", "Bob", true);
    private final ApplicationUser gone = user("JIRAUSER10300", "gone", "Gone", false);
    private Project demo;
    private MutableIssue issue;

    @BeforeEach
    void jira() {
        when(users.getUserByKey(anna.getKey())).thenReturn(anna);
        when(users.getUserByKey(bob.getKey())).thenReturn(bob);
        when(users.getUserByKey(gone.getKey())).thenReturn(gone);
        demo = mock(Project.class);
        when(demo.getKey()).thenReturn("DEMO");
        when(demo.getLeadUserKey()).thenReturn("JIRAUSER10000");
        when(projects.getProjectObjByKey("DEMO")).thenReturn(demo);
        issue = mock(MutableIssue.class);
        when(issue.getKey()).thenReturn("DEMO-1");
        when(issue.getSummary()).thenReturn("Fix the login page");
        when(issue.getProjectObject()).thenReturn(demo);
        when(issue.getAssignee()).thenReturn(anna);
        when(issue.getReporter()).thenReturn(bob);
        when(issues.getIssueObject("DEMO-1")).thenReturn(issue);
    }

    @Test
    void findsAnIssueWithItsProjectPeopleTypeAndPriority() {
        IssueType bug = mock(IssueType.class);
        when(bug.getName()).thenReturn("Bug");
        Priority high = mock(Priority.class);
        when(high.getName()).thenReturn("High");
        when(issue.getIssueType()).thenReturn(bug);
        when(issue.getPriority()).thenReturn(high);

        assertThat(access.find(ItemRef.Kind.JIRA_ISSUE, "DEMO-1")).contains(new HostItem(DEMO_1, "Fix the login page",
                "Bug", "High", "JIRAUSER10100", "JIRAUSER10200", "JIRAUSER10000", false));
    }

    @Test
    void aProjectsItemTypesAreTheNamesOfItsSchemesIssueTypesInJirasOrder() {
        IssueType story = mock(IssueType.class);
        when(story.getName()).thenReturn("Story");
        IssueType subTask = mock(IssueType.class);
        when(subTask.getName()).thenReturn("Sub-task");
        when(demo.getIssueTypes()).thenReturn(java.util.List.of(story, subTask));

        assertThat(access.itemTypes(ContainerKind.JIRA_PROJECT, "DEMO")).containsExactly("Story", "Sub-task");
        assertThat(access.itemTypes(ContainerKind.JIRA_PROJECT, "NOPE")).isEmpty();
        assertThat(access.itemTypes(ContainerKind.CONFLUENCE_SPACE, "DEMO")).isEmpty();
    }

    @Test
    void anIssueWithAResolutionIsResolved() {
        when(issue.getResolution()).thenReturn(mock(Resolution.class));

        assertThat(access.find(ItemRef.Kind.JIRA_ISSUE, "DEMO-1")).map(HostItem::resolved).contains(true);
    }

    @Test
    void anUnassignedIssueWithoutTypeOrPriorityHasNoneOfThem() {
        when(issue.getAssignee()).thenReturn(null);

        HostItem item = access.find(ItemRef.Kind.JIRA_ISSUE, "DEMO-1").orElseThrow();

        assertThat(item.owner()).isNull();
        assertThat(item.itemType()).isNull();
        assertThat(item.priority()).isNull();
        assertThat(item.resolved()).isFalse();
    }

    @Test
    void anIssueKeyThatDoesNotExistIsNotFound() {
        assertThat(access.find(ItemRef.Kind.JIRA_ISSUE, "DEMO-999")).isEmpty();
        assertThat(access.canView(anna.getKey(), ItemRef.issue("DEMO", "DEMO-999"))).isFalse();
        assertThat(access.canEdit(anna.getKey(), ItemRef.issue("DEMO", "DEMO-999"))).isFalse();
    }

    @Test
    void aProjectKeyFindsTheProjectsOwnPageWhichWhoeverMayBrowseTheProjectViewsAndEdits() {
        when(demo.getName()).thenReturn("Demo project");
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, demo, anna)).thenReturn(true);

        HostItem page = access.find(ItemRef.Kind.JIRA_ISSUE, "DEMO").orElseThrow();

        assertThat(page.ref()).isEqualTo(ItemRef.projectPage("DEMO"));
        assertThat(page.title()).isEqualTo("Demo project");
        assertThat(page.containerLead()).isEqualTo("JIRAUSER10000");
        assertThat(access.canView(anna.getKey(), page.ref())).isTrue();
        assertThat(access.canEdit(anna.getKey(), page.ref())).isTrue();
        assertThat(access.canView(bob.getKey(), page.ref())).isFalse();
        assertThat(access.find(ItemRef.Kind.JIRA_ISSUE, "NOPE")).isEmpty();
        org.mockito.Mockito.verify(issues, org.mockito.Mockito.never()).getIssueObject("DEMO");
    }

    @Test
    void onlyAnExistingProjectExistsAsAPolicyOrInsightsContainer() {
        assertThat(access.containerExists(ContainerKind.JIRA_PROJECT, "DEMO")).isTrue();
        assertThat(access.containerExists(ContainerKind.JIRA_PROJECT, "NOPE")).isFalse();
        assertThat(access.containerExists(ContainerKind.CONFLUENCE_SPACE, "DEMO")).isFalse();
    }

    @Test
    void pagesDoNotExistInJira() {
        assertThat(access.find(ItemRef.Kind.CONFLUENCE_PAGE, "DEMO-1")).isEmpty();
        assertThat(access.canView(anna.getKey(), ItemRef.page("DEMO", "DEMO-1"))).isFalse();
        assertThat(access.isContainerAdmin(anna.getKey(), ContainerKind.CONFLUENCE_SPACE, "DEMO")).isFalse();
    }

    @Test
    void viewingNeedsBrowseProjectsOnTheIssue() {
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, anna)).thenReturn(true);

        assertThat(access.canView(anna.getKey(), DEMO_1)).isTrue();
        assertThat(access.canView(bob.getKey(), DEMO_1)).isFalse();
    }

    @Test
    void editingNeedsEditIssuesNotJustBrowsing() {
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, anna)).thenReturn(true);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, bob)).thenReturn(true);
        when(permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, anna)).thenReturn(true);

        assertThat(access.canEdit(anna.getKey(), DEMO_1)).isTrue();
        assertThat(access.canEdit(bob.getKey(), DEMO_1)).isFalse();
    }

    @Test
    void anUnknownOrDeactivatedUserMayDoNothing() {
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, gone)).thenReturn(true);
        when(permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, gone)).thenReturn(true);
        when(permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, demo, gone)).thenReturn(true);
        when(globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, gone)).thenReturn(true);

        assertThat(access.canView(gone.getKey(), DEMO_1)).isFalse();
        assertThat(access.canEdit(gone.getKey(), DEMO_1)).isFalse();
        assertThat(access.isContainerAdmin(gone.getKey(), ContainerKind.JIRA_PROJECT, "DEMO")).isFalse();
        assertThat(access.canViewContainer(gone.getKey(), ContainerKind.JIRA_PROJECT, "DEMO")).isFalse();
        assertThat(access.canView("JIRAUSER99999", DEMO_1)).isFalse();
        assertThat(access.canView(null, DEMO_1)).isFalse();
    }

    @Test
    void aProjectAdministratorAdministersTheProjectPolicy() {
        when(permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, demo, anna)).thenReturn(true);

        assertThat(access.isContainerAdmin(anna.getKey(), ContainerKind.JIRA_PROJECT, "DEMO")).isTrue();
        assertThat(access.isContainerAdmin(bob.getKey(), ContainerKind.JIRA_PROJECT, "DEMO")).isFalse();
    }

    @Test
    void aJiraAdministratorAdministersEveryExistingProject() {
        when(globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, bob)).thenReturn(true);

        assertThat(access.isContainerAdmin(bob.getKey(), ContainerKind.JIRA_PROJECT, "DEMO")).isTrue();
        assertThat(access.isContainerAdmin(anna.getKey(), ContainerKind.JIRA_PROJECT, "DEMO")).isFalse();
        assertThat(access.isContainerAdmin(bob.getKey(), ContainerKind.JIRA_PROJECT, "NOPE")).isFalse();
    }

    @Test
    void browsingTheProjectShowsItsTeamFigures() {
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, demo, anna)).thenReturn(true);

        assertThat(access.canViewContainer(anna.getKey(), ContainerKind.JIRA_PROJECT, "DEMO")).isTrue();
        assertThat(access.canViewContainer(bob.getKey(), ContainerKind.JIRA_PROJECT, "DEMO")).isFalse();
        assertThat(access.canViewContainer(anna.getKey(), ContainerKind.JIRA_PROJECT, "NOPE")).isFalse();
    }
}
