package works.async.confluence.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import works.async.core.ItemRef;
import works.async.core.policy.PolicyScope.ContainerKind;
import works.async.plugin.spi.HostItem;

/** Confluence pages and permissions as the product sees them, over mocked Confluence managers. */
class ConfluenceItemAccessTest {

    private final PageManager pages = mock(PageManager.class);
    private final SpaceManager spaces = mock(SpaceManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final SpacePermissionManager spacePermissions = mock(SpacePermissionManager.class);
    private final UserAccessor users = mock(UserAccessor.class);
    private final ConfluenceItemAccess access = new ConfluenceItemAccess(pages, spaces, permissions, spacePermissions,
            users);

    private Space docs;
    private AbstractPage plan;
    private ConfluenceUser alice;
    private ConfluenceUser bob;
    private ConfluenceUser mallory;

    @BeforeEach
    void setUp() {
        alice = user("k-alice");
        bob = user("k-bob");
        mallory = user("k-mallory");
        when(users.isDeactivated(mallory)).thenReturn(true);
        docs = mock(Space.class);
        when(docs.getKey()).thenReturn("DOCS");
        when(docs.getCreator()).thenReturn(bob);
        when(spaces.getSpace("DOCS")).thenReturn(docs);
        plan = page(42, "Launch plan", docs, alice);
    }

    @Test
    void aPageIsFoundByItsIdWithItsTitleSpaceAndCreatorAndIsNeverResolved() {
        assertThat(access.find(ItemRef.Kind.CONFLUENCE_PAGE, "42")).contains(new HostItem(ItemRef.page("DOCS", "42"),
                "Launch plan", "page", null, null, "k-alice", "k-bob", false));
    }

    @Test
    void anActionItemIsFoundInItsPagesSpaceWithItsOwnType() {
        assertThat(access.find(ItemRef.Kind.CONFLUENCE_PAGE, "42-release-notes"))
                .contains(new HostItem(ItemRef.page("DOCS", "42-release-notes"), "Launch plan", "action-item", null,
                        null, "k-alice", "k-bob", false));
    }

    @Test
    void unknownNonNumericAndNonCanonicalIdsAreNotFoundAndNeverAskedOfConfluence() {
        assertThat(access.find(ItemRef.Kind.CONFLUENCE_PAGE, "43")).isEmpty();
        for (String key : new String[] {"abc", "", "042", "+42", "-42", "42-", "99999999999999999999", "4 2"}) {
            assertThat(access.find(ItemRef.Kind.CONFLUENCE_PAGE, key)).as(key).isEmpty();
        }
        verify(pages, never()).getAbstractPage(0L);
        verify(pages).getAbstractPage(43L);
        verify(pages, never()).getAbstractPage(99999999999999999L);
    }

    @Test
    void aPageInTheTrashIsGone() {
        when(plan.isDeleted()).thenReturn(true);

        assertThat(access.find(ItemRef.Kind.CONFLUENCE_PAGE, "42")).isEmpty();
        assertThat(access.find(ItemRef.Kind.CONFLUENCE_PAGE, "42-release-notes")).isEmpty();
        assertThat(access.canView("k-alice", ItemRef.page("DOCS", "42"))).isFalse();
    }

    @Test
    void onlyAnExistingSpaceExistsAsAPolicyOrInsightsContainer() {
        assertThat(access.containerExists(ContainerKind.CONFLUENCE_SPACE, "DOCS")).isTrue();
        assertThat(access.containerExists(ContainerKind.CONFLUENCE_SPACE, "NOPE")).isFalse();
        assertThat(access.containerExists(ContainerKind.JIRA_PROJECT, "DOCS")).isFalse();
    }

    @Test
    void everyExistingSpaceNarrowsItsPolicyToPagesAndActionItems() {
        assertThat(access.itemTypes(ContainerKind.CONFLUENCE_SPACE, "DOCS"))
                .containsExactly("page", "action-item");
        assertThat(access.itemTypes(ContainerKind.CONFLUENCE_SPACE, "NOPE")).isEmpty();
        assertThat(access.itemTypes(ContainerKind.JIRA_PROJECT, "DOCS")).isEmpty();
    }

    @Test
    void jiraItemsAreNeverConfluences() {
        assertThat(access.find(ItemRef.Kind.JIRA_ISSUE, "42")).isEmpty();
        assertThat(access.canView("k-alice", ItemRef.issue("DEMO", "DEMO-1"))).isFalse();
        assertThat(access.isContainerAdmin("k-alice", ContainerKind.JIRA_PROJECT, "DOCS")).isFalse();
        verify(pages, never()).getAbstractPage(anyLong());
    }

    @Test
    void viewingAndEditingAreConfluencesPermissionsOnThePageForEachUser() {
        when(permissions.hasPermission(alice, Permission.VIEW, plan)).thenReturn(true);
        when(permissions.hasPermission(alice, Permission.EDIT, plan)).thenReturn(true);
        when(permissions.hasPermission(bob, Permission.VIEW, plan)).thenReturn(true);
        ItemRef page = ItemRef.page("DOCS", "42");
        ItemRef item = ItemRef.page("DOCS", "42-release-notes");

        assertThat(access.canView("k-alice", page)).isTrue();
        assertThat(access.canEdit("k-alice", page)).isTrue();
        assertThat(access.canView("k-bob", page)).isTrue();
        assertThat(access.canEdit("k-bob", page)).isFalse();
        assertThat(access.canView("k-bob", item)).as("an action item is seen as its page is").isTrue();
        assertThat(access.canEdit("k-bob", item)).isFalse();
        assertThat(access.canEdit("k-alice", item)).isTrue();
    }

    @Test
    void anonymousUnknownAndDeactivatedUsersAreRefusedEverything() {
        when(permissions.hasPermission(null, Permission.VIEW, plan)).thenReturn(true);
        when(permissions.hasPermission(mallory, Permission.VIEW, plan)).thenReturn(true);
        when(spacePermissions.hasPermission(SpacePermission.ADMINISTER_SPACE_PERMISSION, docs, mallory))
                .thenReturn(true);
        ItemRef page = ItemRef.page("DOCS", "42");

        for (String key : new String[] {null, "", "k-nobody", "k-mallory"}) {
            assertThat(access.canView(key, page)).as(key).isFalse();
            assertThat(access.canEdit(key, page)).as(key).isFalse();
            assertThat(access.isContainerAdmin(key, ContainerKind.CONFLUENCE_SPACE, "DOCS")).as(key).isFalse();
            assertThat(access.canViewContainer(key, ContainerKind.CONFLUENCE_SPACE, "DOCS")).as(key).isFalse();
        }
    }

    @Test
    void aSpacesPolicyIsAdministeredByItsSpaceAdministratorsAndConfluenceAdministrators() {
        ConfluenceUser admin = user("k-admin");
        when(spacePermissions.hasPermission("SETSPACEPERMISSIONS", docs, bob)).thenReturn(true);
        when(permissions.isConfluenceAdministrator(admin)).thenReturn(true);

        assertThat(access.isContainerAdmin("k-bob", ContainerKind.CONFLUENCE_SPACE, "DOCS")).isTrue();
        assertThat(access.isContainerAdmin("k-admin", ContainerKind.CONFLUENCE_SPACE, "DOCS")).isTrue();
        assertThat(access.isContainerAdmin("k-alice", ContainerKind.CONFLUENCE_SPACE, "DOCS")).isFalse();
        assertThat(access.isContainerAdmin("k-bob", ContainerKind.CONFLUENCE_SPACE, "NOPE")).isFalse();
    }

    @Test
    void whoeverMayViewTheSpaceSeesItsTeamFigures() {
        when(spacePermissions.hasPermission("VIEWSPACE", docs, alice)).thenReturn(true);

        assertThat(access.canViewContainer("k-alice", ContainerKind.CONFLUENCE_SPACE, "DOCS")).isTrue();
        assertThat(access.canViewContainer("k-bob", ContainerKind.CONFLUENCE_SPACE, "DOCS")).isFalse();
        assertThat(access.canViewContainer("k-alice", ContainerKind.CONFLUENCE_SPACE, "NOPE")).isFalse();
    }

    private ConfluenceUser user(String key) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getKey()).thenReturn(new UserKey(key));
        when(users.getUserByKey(new UserKey(key))).thenReturn(user);
        return user;
    }

    private AbstractPage page(long id, String title, Space space, ConfluenceUser creator) {
        AbstractPage page = mock(AbstractPage.class);
        when(page.getTitle()).thenReturn(title);
        when(page.getType()).thenReturn("page");
        when(page.getSpace()).thenReturn(space);
        when(page.getCreator()).thenReturn(creator);
        when(pages.getAbstractPage(id)).thenReturn(page);
        return page;
    }
}
