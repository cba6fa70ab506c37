package works.async.confluence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import works.async.core.policy.PolicyScope;
import works.async.core.policy.PolicyScope.ContainerKind;
import works.async.plugin.page.PageFixture;
import works.async.plugin.web.Screens;

/**
 * A space's policy pages (its own, its pages' and its action items') in space tools, for those who may change the
 * policy, and its insights for everyone who may see the space. A space the user cannot see reads exactly like one
 * that does not exist.
 */
class SpaceServletTest {

    private static final String MEMBER = "u-member";
    private static final String SPACE_ADMIN = "u-space-admin";

    private final ConfluencePageFixture wiki = new ConfluencePageFixture();
    private final SpaceServlet servlet = new SpaceServlet(wiki.gate(), wiki.pages(), wiki.screens);

    @BeforeEach
    void teamSpace() {
        for (String user : List.of(MEMBER, SPACE_ADMIN)) {
            when(wiki.items.canViewContainer(user, ContainerKind.CONFLUENCE_SPACE, "TEAM")).thenReturn(true);
        }
        when(wiki.items.isContainerAdmin(SPACE_ADMIN, ContainerKind.CONFLUENCE_SPACE, "TEAM")).thenReturn(true);
        when(wiki.screens.policy(PolicyScope.confluenceSpace("TEAM")))
                .thenReturn(PageFixture.rendering(Screens.POLICY, "TEAM policy"));
        when(wiki.screens.policy(PolicyScope.confluenceSpace("TEAM").withItemType("action-item")))
                .thenReturn(PageFixture.rendering(Screens.POLICY, "TEAM action-item policy"));
        when(wiki.screens.spaceInsights("TEAM")).thenReturn(PageFixture.rendering(Screens.INSIGHTS, "TEAM figures"));
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPageAndComesBackToTheSameTab() throws IOException {
        PageFixture.Answer answer = get("/TEAM/policy", "type=page");

        assertThat(answer.status).isEqualTo(302);
        assertThat(answer.redirect).endsWith("space%2FTEAM%2Fpolicy%3Ftype%3Dpage");
        verifyNoInteractions(wiki.screens, wiki.items);
    }

    @Test
    void aSpaceAdministratorEditsTheSpacesPolicyInSpaceToolsWithItsScripts() throws IOException {
        wiki.signIn(SPACE_ADMIN, false);

        PageFixture.Answer answer = get("/TEAM/policy", null);

        assertThat(answer.status).isEqualTo(200);
        assertThat(answer.body()).contains("<title>Async Work policy of space TEAM</title>")
                .contains("<meta name=\"decorator\" content=\"main\">")
                .contains("<content tag=\"spaceKey\">TEAM</content>")
                .contains("<content tag=\"selectedWebItem\">async-work-space-policy</content>")
                .contains(">{model=TEAM policy}</div>");
        verify(wiki.requiredResources()).requireWebResource(ConfluencePages.WEB_RESOURCE);
    }

    @Test
    void thePolicyPageOffersThePagesAndActionItemsTabsAndShowsTheChosenOnesPolicy() throws IOException {
        wiki.signIn(SPACE_ADMIN, false);

        PageFixture.Answer whole = get("/TEAM/policy", null);
        PageFixture.Answer items = get("/TEAM/policy", "type=action-item");

        String base = "/wiki/plugins/servlet/async-work/space/TEAM/policy";
        assertThat(whole.body())
                .contains("<li class=\"aui-nav-selected\"><a href=\"" + base + "\" aria-current=\"page\">"
                        + "Whole space</a></li>")
                .contains("<li><a href=\"" + base + "?type=page\">Pages</a></li>")
                .contains("<li><a href=\"" + base + "?type=action-item\">Action items</a></li>");
        assertThat(items.status).isEqualTo(200);
        assertThat(items.body()).contains(">{model=TEAM action-item policy}</div>")
                .contains("<li class=\"aui-nav-selected\"><a href=\"" + base
                        + "?type=action-item\" aria-current=\"page\">Action items</a></li>");
    }

    @Test
    void anItemTypeTheSpaceDoesNotHaveHasNoPage() throws IOException {
        wiki.signIn(SPACE_ADMIN, false);

        PageFixture.Answer answer = get("/TEAM/policy", "type=blogpost");

        assertThat(answer.status).isEqualTo(404);
        verify(wiki.screens, never()).policy(any());
    }

    @Test
    void aMemberWhoMayNotAdministerTheSpaceReadsWhyWithA403() throws IOException {
        wiki.signIn(MEMBER, false);

        PageFixture.Answer answer = get("/TEAM/policy", null);

        assertThat(answer.status).isEqualTo(403);
        assertThat(answer.body()).contains("Only administrators of space TEAM can change its Async Work policy.")
                .doesNotContain("rendered");
        verifyNoInteractions(wiki.screens);
    }

    @Test
    void aSpaceTheUserCannotSeeReadsExactlyLikeOneThatDoesNotExist() throws IOException {
        wiki.signIn(MEMBER, false);

        PageFixture.Answer hidden = get("/SECRET/policy", null);
        PageFixture.Answer unknown = get("/NOPE/policy", null);
        PageFixture.Answer hiddenInsights = get("/SECRET/insights", null);
        PageFixture.Answer noPage = get("/TEAM/history", null);

        assertThat(List.of(hidden.status, unknown.status, hiddenInsights.status, noPage.status))
                .containsOnly(404);
        assertThat(hidden.body()).isEqualTo(unknown.body()).isEqualTo(hiddenInsights.body())
                .contains("Not found, or you cannot see it.").doesNotContain("SECRET");
        verifyNoInteractions(wiki.screens);
    }

    @Test
    void everyoneWhoMaySeeTheSpaceSeesItsInsights() throws IOException {
        wiki.signIn(MEMBER, false);

        PageFixture.Answer answer = get("/TEAM/insights", null);

        assertThat(answer.status).isEqualTo(200);
        assertThat(answer.body()).contains("<title>Async health of space TEAM</title>")
                .contains("<content tag=\"selectedWebItem\">async-work-space-insights</content>")
                .contains(">{model=TEAM figures}</div>");
    }

    private PageFixture.Answer get(String pathInfo, String query) throws IOException {
        PageFixture.Answer answer = new PageFixture.Answer();
        servlet.doGet(ConfluencePageFixture.get("/space" + pathInfo, pathInfo, query), answer.response);
        return answer;
    }
}
