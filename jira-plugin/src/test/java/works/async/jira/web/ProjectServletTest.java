package works.async.jira.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.util.List;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import works.async.core.policy.PolicyScope;
import works.async.core.policy.PolicyScope.ContainerKind;
import works.async.plugin.web.Screens;

/**
 * A project's policy pages (its own and its issue types') in the project settings, for those who may change the
 * policy, and its page (reports, working agreement) and insights in the project sidebar for everyone who may browse
 * it. A project the user cannot see reads exactly like one
 * that does not exist.
 */
class ProjectServletTest {

    private static final String MEMBER = "JIRAUSER10100";
    private static final String PROJECT_ADMIN = "JIRAUSER10200";

    private final PageFixture jira = new PageFixture();
    private final ProjectManager projects = mock(ProjectManager.class);
    private final ProjectServlet servlet = new ProjectServlet(jira.gate(), jira.pages(), jira.screens, projects);

    @BeforeEach
    void demoAndSecret() {
        Project demo = project("DEMO", 10000L, "Demo <Team>", issueType("10001", "Bug"),
                issueType("10002", "New Feature"));
        Project secret = project("SECRET", 10500L, "Secret", issueType("10001", "Bug"));
        when(projects.getProjectObjByKey("DEMO")).thenReturn(demo);
        when(projects.getProjectObjByKey("SECRET")).thenReturn(secret);
        for (String user : List.of(MEMBER, PROJECT_ADMIN)) {
            when(jira.items.canViewContainer(user, ContainerKind.JIRA_PROJECT, "DEMO")).thenReturn(true);
        }
        when(jira.items.isContainerAdmin(PROJECT_ADMIN, ContainerKind.JIRA_PROJECT, "DEMO")).thenReturn(true);
        when(jira.screens.policy(PolicyScope.jiraProject("DEMO")))
                .thenReturn(PageFixture.rendering(Screens.POLICY, "DEMO policy"));
        when(jira.screens.policy(PolicyScope.jiraProject("DEMO").withItemType("New Feature")))
                .thenReturn(PageFixture.rendering(Screens.POLICY, "DEMO New Feature policy"));
        when(jira.screens.projectInsights("DEMO")).thenReturn(PageFixture.rendering(Screens.INSIGHTS, "DEMO figures"));
        when(jira.screens.projectPage("DEMO")).thenReturn(PageFixture.rendering(Screens.PROJECT_PAGE, "DEMO reports"));
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPageAndComesBackToTheSameIssueType() throws IOException {
        PageFixture.Answer answer = get("/DEMO/policy", "issueType=10001");

        assertThat(answer.status).isEqualTo(302);
        assertThat(answer.redirect).endsWith("project%2FDEMO%2Fpolicy%3FissueType%3D10001");
        verifyNoInteractions(jira.screens, jira.items);
    }

    @Test
    void aProjectAdministratorEditsTheProjectsPolicyInItsSettingsSidebar() throws IOException {
        jira.signIn(PROJECT_ADMIN, false);

        PageFixture.Answer answer = get("/DEMO/policy", null);

        assertThat(answer.status).isEqualTo(200);
        assertThat(answer.body()).contains("<title>Async Work policy of Demo &lt;Team&gt;</title>")
                .contains("<meta name=\"decorator\" content=\"atl.admin\">")
                .contains("<meta name=\"projectKey\" content=\"DEMO\">")
                .contains("<meta name=\"projectId\" content=\"10000\">")
                .contains("<meta name=\"admin.active.section\" content=\"atl.jira.proj.config/projectgroup4\">")
                .contains("<meta name=\"admin.active.tab\" content=\"async-work-project-policy\">")
                .contains(">{model=DEMO policy}</div>");
        verify(jira.requiredResources()).requireWebResource(JiraPages.WEB_RESOURCE);
    }

    @Test
    void thePolicyPageOffersTheProjectsIssueTypesAndShowsTheChosenOnesPolicy() throws IOException {
        jira.signIn(PROJECT_ADMIN, false);

        PageFixture.Answer whole = get("/DEMO/policy", null);
        PageFixture.Answer feature = get("/DEMO/policy", "issueType=10002");

        String base = "/jira/plugins/servlet/async-work/project/DEMO/policy";
        assertThat(whole.body())
                .contains("<li class=\"aui-nav-selected\"><a href=\"" + base + "\" aria-current=\"page\">"
                        + "Whole project</a></li>")
                .contains("<li><a href=\"" + base + "?issueType=10001\">Bug</a></li>")
                .contains("<li><a href=\"" + base + "?issueType=10002\">New Feature</a></li>");
        assertThat(feature.status).isEqualTo(200);
        assertThat(feature.body()).contains(">{model=DEMO New Feature policy}</div>")
                .contains("<li class=\"aui-nav-selected\"><a href=\"" + base
                        + "?issueType=10002\" aria-current=\"page\">New Feature</a></li>")
                .contains("<li><a href=\"" + base + "\">Whole project</a></li>");
    }

    @Test
    void theSharedPolicyScreensLinkByTypeNameOpenTheSameIssueTypesPage() throws IOException {
        jira.signIn(PROJECT_ADMIN, false);

        PageFixture.Answer feature = get("/DEMO/policy", "type=New Feature");
        PageFixture.Answer unknown = get("/DEMO/policy", "type=Incident");

        assertThat(feature.status).isEqualTo(200);
        assertThat(feature.body()).contains(">{model=DEMO New Feature policy}</div>")
                .contains("?issueType=10002\" aria-current=\"page\">New Feature</a></li>");
        assertThat(unknown.status).isEqualTo(404);
    }

    @Test
    void anIssueTypeOfAnotherProjectHasNoPageHere() throws IOException {
        jira.signIn(PROJECT_ADMIN, false);

        PageFixture.Answer answer = get("/DEMO/policy", "issueType=99999");

        assertThat(answer.status).isEqualTo(404);
        verify(jira.screens, never()).policy(any());
    }

    @Test
    void aMemberWhoMayNotAdministerTheProjectReadsWhyWithA403() throws IOException {
        jira.signIn(MEMBER, false);

        PageFixture.Answer answer = get("/DEMO/policy", null);

        assertThat(answer.status).isEqualTo(403);
        assertThat(answer.body()).contains("Only administrators of project DEMO can change its Async Work policy.")
                .doesNotContain("rendered");
        verifyNoInteractions(jira.screens);
    }

    @Test
    void aProjectTheUserCannotSeeReadsExactlyLikeOneThatDoesNotExist() throws IOException {
        jira.signIn(MEMBER, false);

        PageFixture.Answer hidden = get("/SECRET/policy", null);
        PageFixture.Answer unknown = get("/NOPE/policy", null);
        PageFixture.Answer hiddenInsights = get("/SECRET/insights", null);
        PageFixture.Answer hiddenPage = get("/SECRET", null);

        assertThat(hidden.status).isEqualTo(404);
        assertThat(unknown.status).isEqualTo(404);
        assertThat(hiddenInsights.status).isEqualTo(404);
        assertThat(hiddenPage.status).isEqualTo(404);
        assertThat(hidden.body()).isEqualTo(unknown.body()).isEqualTo(hiddenInsights.body()).isEqualTo(hiddenPage.body())
                .contains("Not found, or you cannot see it.").doesNotContain("SECRET").doesNotContain("Secret");
        verifyNoInteractions(jira.screens);
    }

    @Test
    void everyoneWhoMayBrowseTheProjectSeesItsInsightsInTheProjectSidebar() throws IOException {
        jira.signIn(MEMBER, false);

        PageFixture.Answer answer = get("/DEMO/insights", null);

        assertThat(answer.status).isEqualTo(200);
        assertThat(answer.body()).contains("<title>Async health of Demo &lt;Team&gt;</title>")
                .contains("<meta name=\"decorator\" content=\"atl.general\">")
                .contains("<meta name=\"projectKey\" content=\"DEMO\">")
                .contains("<meta name=\"admin.active.tab\" content=\"async-work-project-insights\">")
                .contains("data-template=\"" + Screens.INSIGHTS + "\">{model=DEMO figures}</div>");
        verify(jira.requiredResources()).requireWebResource(JiraPages.WEB_RESOURCE);
    }

    @Test
    void everyoneWhoMayBrowseTheProjectSeesItsReportsPageInTheProjectSidebar() throws IOException {
        jira.signIn(MEMBER, false);

        PageFixture.Answer answer = get("/DEMO", null);

        assertThat(answer.status).isEqualTo(200);
        assertThat(answer.body()).contains("<title>Async Work reports of Demo &lt;Team&gt;</title>")
                .contains("<meta name=\"decorator\" content=\"atl.general\">")
                .contains("<meta name=\"projectKey\" content=\"DEMO\">")
                .contains("<meta name=\"projectId\" content=\"10000\">")
                .contains("<meta name=\"admin.active.tab\" content=\"async-work-project-page\">")
                .contains("data-template=\"" + Screens.PROJECT_PAGE + "\">{model=DEMO reports}</div>");
        // The page's script (project-page.js) is in the pages' web resource, which no context loads by itself.
        verify(jira.requiredResources()).requireWebResource(JiraPages.WEB_RESOURCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/DEMO/", "/DEMO/report", "/DEMO/policy/10001", "//policy", "/"})
    void anAddressThatIsNoPageAnswers404BeforeAnythingIsRead(String pathInfo) throws IOException {
        jira.signIn(PROJECT_ADMIN, false);

        PageFixture.Answer answer = get(pathInfo, null);

        assertThat(answer.status).isEqualTo(404);
        verifyNoInteractions(jira.screens, jira.items);
    }

    private PageFixture.Answer get(String pathInfo, String query) throws IOException {
        PageFixture.Answer answer = new PageFixture.Answer();
        servlet.doGet(PageFixture.get("/project" + pathInfo, pathInfo, query), answer.response);
        return answer;
    }

    private static Project project(String key, long id, String name, IssueType... types) {
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn(key);
        when(project.getId()).thenReturn(id);
        when(project.getName()).thenReturn(name);
        when(project.getIssueTypes()).thenReturn(List.of(types));
        return project;
    }

    private static IssueType issueType(String id, String name) {
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn(id);
        when(type.getName()).thenReturn(name);
        return type;
    }
}
