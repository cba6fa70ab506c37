package works.async.jira.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;

import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.bc.group.search.GroupPickerSearchService;
import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import works.async.plugin.spi.HostUser;

class JiraUserDirectoryTest {

    private static final TimeZone BERLIN = TimeZone.getTimeZone("Europe/Berlin");
    private static final TimeZone JIRA_DEFAULT = TimeZone.getTimeZone("America/New_York");

    private final UserManager users = mock(UserManager.class);
    private final UserSearchService search = mock(UserSearchService.class);
    private final TimeZoneManager zones = mock(TimeZoneManager.class);
    private final GroupManager groups = mock(GroupManager.class);
    private final GroupPickerSearchService groupSearch = mock(GroupPickerSearchService.class);
    private final GlobalPermissionManager permissions = mock(GlobalPermissionManager.class);
    private final JiraUserDirectory directory = new JiraUserDirectory(users, search, zones, groups, groupSearch,
            permissions);

    @BeforeEach
    void jiraDefaultZone() {
        when(zones.getDefaultTimeZone()).thenReturn(JIRA_DEFAULT);
        // Jira's SAL answers a user without a zone of their own with the default zone.
        when(zones.getUserTimeZone(any())).thenReturn(JIRA_DEFAULT);
    }

    @Test
    void findsAPersonByTheirJiraKeyWithNamesAndProfileZone() {
        ApplicationUser anna = user("JIRAUSER10100", "anna", "Anna Berg", true);
        when(users.getUserByKey("JIRAUSER10100")).thenReturn(anna);
        when(zones.getUserTimeZone(new UserKey("JIRAUSER10100"))).thenReturn(BERLIN);

        assertThat(directory.byKey("JIRAUSER10100"))
                .contains(new HostUser("JIRAUSER10100", "anna", "Anna Berg", ZoneId.of("Europe/Berlin")));
    }

    @Test
    void anUnknownKeyFindsNobody() {
        assertThat(directory.byKey("JIRAUSER99999")).isEmpty();
        assertThat(directory.byKey(null)).isEmpty();
    }

    @Test
    void findsAPersonByUserNameThroughJira() {
        ApplicationUser anna = user("JIRAUSER10100", "anna", "Anna Berg", true);
        when(users.getUserByName("Anna")).thenReturn(anna);

        assertThat(directory.byUsername("Anna")).map(HostUser::key).contains("JIRAUSER10100");
        assertThat(directory.byUsername("nobody")).isEmpty();
    }

    @Test
    void aPersonWithoutAZoneOfTheirOwnGetsJirasDefaultZone() {
        ApplicationUser bob = user("k1", "bob", "Bob", true);
        when(users.getUserByKey("k1")).thenReturn(bob);

        assertThat(directory.byKey("k1")).map(HostUser::zone).contains(ZoneId.of("America/New_York"));
    }

    @Test
    void aMissingZoneFallsBackToTheDefaultAndThenToUtc() {
        ApplicationUser bob = user("k1", "bob", "Bob", true);
        when(users.getUserByKey("k1")).thenReturn(bob);
        when(zones.getUserTimeZone(any())).thenReturn(null);

        assertThat(directory.byKey("k1")).map(HostUser::zone).contains(ZoneId.of("America/New_York"));

        when(zones.getDefaultTimeZone()).thenReturn(null);
        assertThat(directory.byKey("k1")).map(HostUser::zone).contains(ZoneOffset.UTC);
    }

    @Test
    void aPersonWithoutDisplayNameIsShownByUserName() {
        ApplicationUser bob = user("k1", "bob", null, true);
        when(users.getUserByKey("k1")).thenReturn(bob);

        assertThat(directory.byKey("k1")).map(HostUser::displayName).contains("bob");
    }

    @Test
    void searchOffersActiveUsersOnly() {
        List<ApplicationUser> found = List.of(user("k1", "anna", "Anna", true), user("k2", "andre", "André", false),
                user("k3", "hannah", "Hannah", true));
        when(search.findUsers(eq("an"), any())).thenReturn(found);

        assertThat(directory.search("an", 10)).extracting(HostUser::username).containsExactly("anna", "hannah");

        ArgumentCaptor<UserSearchParams> params = ArgumentCaptor.forClass(UserSearchParams.class);
        verify(search).findUsers(eq("an"), params.capture());
        assertThat(params.getValue().includeActive()).isTrue();
        assertThat(params.getValue().includeInactive()).isFalse();
        assertThat(params.getValue().allowEmptyQuery()).isFalse();
    }

    @Test
    void searchReturnsNoMoreThanTheLimit() {
        List<ApplicationUser> found = List.of(user("k1", "a1", null, true), user("k2", "a2", null, true),
                user("k3", "a3", null, true));
        when(search.findUsers(eq("a"), any())).thenReturn(found);

        assertThat(directory.search("a", 2)).extracting(HostUser::username).containsExactly("a1", "a2");
    }

    @Test
    void anEmptyQueryOrNoRoomListsNobodyWithoutAskingJira() {
        assertThat(directory.search("  ", 10)).isEmpty();
        assertThat(directory.search(null, 10)).isEmpty();
        assertThat(directory.search("a", 0)).isEmpty();
        verify(search, never()).findUsers(anyString(), any());
    }

    @Test
    void searchWithoutMatchesFindsNobody() {
        when(search.findUsers(eq("zz"), any())).thenReturn(List.of());

        assertThat(directory.search("zz", 10)).isEmpty();
    }

    @Test
    void aGroupEscalationReachesTheGroupsActiveMembersUpToTheLimit() {
        ApplicationUser anna = user("JIRAUSER10100", "anna", "Anna Berg", true);
        ApplicationUser gone = user("JIRAUSER10101", "gone", "Former Colleague", false);
        ApplicationUser bo = user("JIRAUSER10102", "bo", "Bo Li", true);
        ApplicationUser cy = user("JIRAUSER10103", "cy", "Cy Dahl", true);
        when(groups.getUsersInGroup("jira-developers")).thenReturn(List.of(anna, gone, bo, cy));

        assertThat(directory.groupMembers(" jira-developers ", 2)).extracting(HostUser::displayName)
                .containsExactly("Anna Berg", "Bo Li");
    }

    @Test
    void anUnknownOrBlankGroupHasNoMembers() {
        when(groups.getUsersInGroup("nobody-here")).thenReturn(List.of());

        assertThat(directory.groupMembers("nobody-here", 10)).isEmpty();
        assertThat(directory.groupMembers("", 10)).isEmpty();
        assertThat(directory.groupMembers(null, 10)).isEmpty();
        assertThat(directory.groupMembers("jira-developers", 0)).isEmpty();
        verify(groups, never()).getUsersInGroup("jira-developers");
    }

    @Test
    void aGroupIsFoundByNameAsJiraSpellsItAndAnUnknownOneIsNot() {
        Group developers = group("jira-developers");
        // Crowd matches group names case-insensitively and answers the group as it is spelt.
        when(groups.getGroup("JIRA-Developers")).thenReturn(developers);

        assertThat(directory.group(" JIRA-Developers ")).contains("jira-developers");
        assertThat(directory.group("nobody-here")).isEmpty();
        assertThat(directory.group(" ")).isEmpty();
        assertThat(directory.group(null)).isEmpty();
        verify(groups, never()).getGroup(" ");
    }

    @Test
    void groupSearchOffersJirasMatchesInItsOrderUpToTheLimit() {
        List<Group> found = List.of(group("dev-leads"), group("developers"), group("jira-developers"));
        when(groupSearch.findGroups("dev")).thenReturn(found);

        assertThat(directory.searchGroups(" dev ", 2)).containsExactly("dev-leads", "developers");
        assertThat(directory.searchGroups("dev", 10)).containsExactly("dev-leads", "developers", "jira-developers");
        assertThat(directory.searchGroups("nothing", 10)).isEmpty();
        // Jira lists every group for an empty query: never asked.
        assertThat(directory.searchGroups("", 10)).isEmpty();
        assertThat(directory.searchGroups("dev", 0)).isEmpty();
        verify(groupSearch, never()).findGroups("");
    }

    static Group group(String name) {
        Group group = mock(Group.class);
        when(group.getName()).thenReturn(name);
        return group;
    }

    static ApplicationUser user(String key, String username, String displayName, boolean active) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getUsername()).thenReturn(username);
        when(user.getDisplayName()).thenReturn(displayName);
        when(user.isActive()).thenReturn(active);
        return user;
    }

    @Test
    void onlySomeoneWithJirasBrowseUsersPermissionMaySearchPeople() {
        ApplicationUser anna = user("JIRAUSER10100", "anna", "Anna Berg", true);
        ApplicationUser ben = user("JIRAUSER10200", "ben", "Ben Ode", true);
        ApplicationUser gone = user("JIRAUSER10300", "gone", "Gone Away", false);
        when(users.getUserByKey("JIRAUSER10100")).thenReturn(anna);
        when(users.getUserByKey("JIRAUSER10200")).thenReturn(ben);
        when(users.getUserByKey("JIRAUSER10300")).thenReturn(gone);
        when(permissions.hasPermission(GlobalPermissionKey.USER_PICKER, anna)).thenReturn(true);
        when(permissions.hasPermission(GlobalPermissionKey.USER_PICKER, gone)).thenReturn(true);

        assertThat(directory.maySearch("JIRAUSER10100")).isTrue();
        assertThat(directory.maySearch("JIRAUSER10200")).as("no Browse users").isFalse();
        assertThat(directory.maySearch("JIRAUSER10300")).as("deactivated").isFalse();
        assertThat(directory.maySearch("nobody")).isFalse();
        assertThat(directory.maySearch(null)).isFalse();
    }
}
