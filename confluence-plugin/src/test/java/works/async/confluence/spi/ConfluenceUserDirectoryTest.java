package works.async.confluence.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TimeZone;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.EntityException;
import com.atlassian.user.Group;
import com.atlassian.user.User;
import com.atlassian.user.search.SearchResult;
import com.atlassian.user.search.page.Pager;
import com.atlassian.user.search.query.BooleanQuery;
import com.atlassian.user.search.query.FullNameTermQuery;
import com.atlassian.user.search.query.GroupNameTermQuery;
import com.atlassian.user.search.query.Query;
import com.atlassian.user.search.query.TermQuery;
import com.atlassian.user.search.query.UserNameTermQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import works.async.plugin.spi.HostUser;

/** Confluence's people as the product sees them, over a mocked UserAccessor and SAL TimeZoneManager. */
class ConfluenceUserDirectoryTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

    private final UserAccessor users = mock(UserAccessor.class);
    private final TimeZoneManager zones = mock(TimeZoneManager.class);
    private final ConfluenceUserDirectory directory = new ConfluenceUserDirectory(users, zones);

    private ConfluenceUser alice;
    private ConfluenceUser bob;
    private ConfluenceUser carol;

    @BeforeEach
    void setUp() {
        when(zones.getDefaultTimeZone()).thenReturn(TimeZone.getTimeZone(SYDNEY));
        alice = user("k-alice", "alice", "Alice Adler", BERLIN);
        bob = user("k-bob", "bob", "Bob Brown", null);
        carol = user("k-carol", "carol", "Carol Cole", BERLIN);
        when(users.isDeactivated(carol)).thenReturn(true);
    }

    @Test
    void aUserIsFoundByKeyAndByNameWithTheirProfileZone() {
        assertThat(directory.byKey("k-alice"))
                .contains(new HostUser("k-alice", "alice", "Alice Adler", BERLIN));
        assertThat(directory.byUsername(" alice ")).map(HostUser::key).contains("k-alice");
        assertThat(directory.byKey("k-nobody")).isEmpty();
        assertThat(directory.byUsername("nobody")).isEmpty();
        assertThat(directory.byKey(null)).isEmpty();
    }

    @Test
    void aUserWithoutAZoneOfTheirOwnIsOnConfluencesDefaultZone() {
        assertThat(directory.byKey("k-bob")).map(HostUser::zone).contains(SYDNEY);
    }

    @Test
    void withNoDefaultZoneEitherTheUserIsOnUtc() {
        when(zones.getDefaultTimeZone()).thenReturn(null);

        assertThat(directory.byKey("k-bob")).map(HostUser::zone).contains(ZoneId.of("Z"));
    }

    @Test
    void aSearchAsksForUserNamesOrFullNamesContainingTheTermAndOffersActiveUsersOnly() throws Exception {
        found(alice, carol, bob);

        List<HostUser> offered = directory.search("  o ", 10);

        assertThat(offered).extracting(HostUser::username).containsExactly("alice", "bob");
        ArgumentCaptor<Query<User>> asked = ArgumentCaptor.captor();
        verify(users).findUsers(asked.capture());
        BooleanQuery<User> query = (BooleanQuery<User>) asked.getValue();
        assertThat(query.isOR()).isTrue();
        assertThat(query.getQueries()).hasSize(2).allSatisfy(term -> {
            assertThat(((TermQuery<User>) term).getTerm()).isEqualTo("o");
            assertThat(((TermQuery<User>) term).getMatchingRule()).isEqualTo(TermQuery.SUBSTRING_CONTAINS);
        });
        assertThat(query.getQueries()).hasAtLeastOneElementOfType(UserNameTermQuery.class)
                .hasAtLeastOneElementOfType(FullNameTermQuery.class);
    }

    @Test
    void aSearchStopsReadingOnceItHasEnoughPeople() throws Exception {
        List<User> read = new ArrayList<>();
        found(read, alice, bob, carol);

        assertThat(directory.search("a", 1)).extracting(HostUser::username).containsExactly("alice");
        assertThat(read).containsExactly(alice);
    }

    @Test
    void anEmptySearchOrAnUnreadableDirectoryOffersNobody() throws Exception {
        assertThat(directory.search("  ", 10)).isEmpty();
        assertThat(directory.search("a", 0)).isEmpty();
        verify(users, never()).findUsers(any());

        when(users.findUsers(any())).thenThrow(new EntityException("LDAP is down"));
        assertThat(directory.search("a", 10)).isEmpty();
    }

    @Test
    void aGroupsActiveMembersAreListedUpToTheLimit() {
        Group team = mock(Group.class);
        when(users.getGroup("team")).thenReturn(team);
        Pager<String> members = pager(List.of("carol", "alice", "gone", "bob"));
        when(users.getMemberNames(team)).thenReturn(members);

        assertThat(directory.groupMembers(" team ", 10)).extracting(HostUser::username)
                .containsExactly("alice", "bob");
        assertThat(directory.groupMembers("team", 1)).extracting(HostUser::username).containsExactly("alice");
        assertThat(directory.groupMembers("nobody-group", 10)).isEmpty();
        assertThat(directory.groupMembers("team", 0)).isEmpty();
    }

    @Test
    void aGroupIsFoundByNameAsConfluenceSpellsItAndAnUnknownOneIsNot() {
        Group developers = group("confluence-developers");
        when(users.getGroup("Confluence-Developers")).thenReturn(developers);

        assertThat(directory.group(" Confluence-Developers ")).contains("confluence-developers");
        assertThat(directory.group("nobody-group")).isEmpty();
        assertThat(directory.group("  ")).isEmpty();
        assertThat(directory.group(null)).isEmpty();
        verify(users, never()).getGroup("  ");
    }

    @Test
    @SuppressWarnings("unchecked")
    void groupSearchAsksForNamesContainingTheQueryAndReadsOnlyUpToTheLimit() throws Exception {
        List<Group> read = new ArrayList<>();
        Iterator<Group> all = List.of(group("dev-leads"), group("developers"), group("developers"),
                group("jira-developers")).iterator();
        Pager<Group> pager = pager(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return all.hasNext();
            }

            @Override
            public Group next() {
                Group next = all.next();
                read.add(next);
                return next;
            }
        });
        SearchResult<Group> result = mock(SearchResult.class);
        when(result.pager()).thenReturn(pager);
        ArgumentCaptor<Query<Group>> asked = ArgumentCaptor.forClass(Query.class);
        when(users.findGroups(asked.capture())).thenReturn(result);

        assertThat(directory.searchGroups(" dev ", 2)).containsExactly("dev-leads", "developers");

        GroupNameTermQuery query = (GroupNameTermQuery) asked.getValue();
        assertThat(query.getTerm()).isEqualTo("dev");
        assertThat(query.getMatchingRule()).isEqualTo(TermQuery.SUBSTRING_CONTAINS);
        assertThat(read).as("read lazily: no further than needed").hasSize(2);
    }

    @Test
    void anEmptyGroupSearchOrAnUnreadableDirectoryOffersNoGroup() throws Exception {
        assertThat(directory.searchGroups(" ", 10)).isEmpty();
        assertThat(directory.searchGroups("dev", 0)).isEmpty();
        verify(users, never()).findGroups(any());

        when(users.findGroups(any())).thenThrow(new EntityException("LDAP is down"));
        assertThat(directory.searchGroups("dev", 10)).isEmpty();
    }

    private static Group group(String name) {
        Group group = mock(Group.class);
        when(group.getName()).thenReturn(name);
        return group;
    }

    private ConfluenceUser user(String key, String name, String fullName, ZoneId zone) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getKey()).thenReturn(new UserKey(key));
        when(user.getName()).thenReturn(name);
        when(user.getFullName()).thenReturn(fullName);
        when(users.getUserByKey(new UserKey(key))).thenReturn(user);
        when(users.getUserByName(name)).thenReturn(user);
        when(zones.getUserTimeZone(new UserKey(key))).thenReturn(zone == null ? null : TimeZone.getTimeZone(zone));
        return user;
    }

    private void found(User... results) throws Exception {
        found(new ArrayList<>(), results);
    }

    /** The search answers these users, noting each one the directory reads. */
    @SuppressWarnings("unchecked")
    private void found(List<User> read, User... results) throws Exception {
        SearchResult<User> result = mock(SearchResult.class);
        Iterator<User> all = List.of(results).iterator();
        Pager<User> pager = pager(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return all.hasNext();
            }

            @Override
            public User next() {
                User next = all.next();
                read.add(next);
                return next;
            }
        });
        when(result.pager()).thenReturn(pager);
        when(users.findUsers(any())).thenReturn(result);
    }

    /** A pager that can be read again, as Confluence's are. */
    @SuppressWarnings("unchecked")
    private static <T> Pager<T> pager(List<T> items) {
        Pager<T> pager = mock(Pager.class);
        when(pager.iterator()).thenAnswer(call -> items.iterator());
        return pager;
    }

    @SuppressWarnings("unchecked")
    private static <T> Pager<T> pager(Iterator<T> items) {
        Pager<T> pager = mock(Pager.class);
        when(pager.iterator()).thenReturn(items);
        return pager;
    }
}
