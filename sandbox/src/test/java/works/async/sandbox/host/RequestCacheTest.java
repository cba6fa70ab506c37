package works.async.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import net.java.ao.RawEntity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import works.async.aohost.AoDatabase;
import works.async.aohost.EntityManagerActiveObjects;

/**
 * The sandbox's per-request memo of host look-ups: a request that asks for the same user, issue or page again costs
 * no statement, sees its own writes at once, and the escalation job (no request) always reads the database.
 */
class RequestCacheTest {

    private EntityManagerActiveObjects ao;
    private final AtomicInteger statements = new AtomicInteger();
    private UserStore users;
    private JiraStore jira;
    private ConfluenceStore confluence;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() {
        ao = new EntityManagerActiveObjects(AoDatabase.hsqldbInMemory("cache" + UUID.randomUUID())
                .entityManager(HostTables.NAMESPACE));
        ao.migrate(HostTables.entities().toArray(new Class[0]));
        ao.entityManager().getProvider().addSqlListener(sql -> statements.incrementAndGet());
        users = new UserStore(ao);
        jira = new JiraStore(ao);
        confluence = new ConfluenceStore(ao);
        users.create("u1", "alice", "Alice", ZoneId.of("Europe/Berlin"), false, "alice");
        jira.createProject("DEMO", "Demo", "u1", List.of("u1"));
        jira.createIssue(new Issue("DEMO-1", "DEMO", "Task", "High", "Pay once", "", "u1", "u1", false));
        confluence.createSpace("TEAM", "Team", List.of("u1"));
        confluence.createPage("TEAM", "Notes", "<p>hi</p>", "u1");
    }

    @AfterEach
    void tearDown() {
        RequestCache.close();
    }

    @Test
    void aRequestReadsEachUserIssueAndPageOnce() {
        RequestCache.open();
        users.byKey("u1");
        jira.issue("DEMO-1");
        confluence.page("1");
        confluence.space("TEAM");
        int first = statements.get();

        assertThat(users.byKey("u1")).map(SandboxUser::displayName).contains("Alice");
        assertThat(jira.issue("DEMO-1")).map(Issue::summary).contains("Pay once");
        assertThat(confluence.page("1")).map(Page::title).contains("Notes");
        assertThat(confluence.space("TEAM")).isPresent();
        assertThat(statements.get()).isEqualTo(first);
    }

    @Test
    void aWriteInTheRequestIsSeenByItsNextRead() {
        RequestCache.open();
        assertThat(users.byKey("u1")).map(SandboxUser::zone).contains(ZoneId.of("Europe/Berlin"));
        assertThat(jira.issue("DEMO-1")).map(Issue::assignee).contains("u1");

        users.changeZone("u1", ZoneId.of("Asia/Kathmandu"));
        jira.setAssignee("DEMO-1", null);

        assertThat(users.byKey("u1")).map(SandboxUser::zone).contains(ZoneId.of("Asia/Kathmandu"));
        assertThat(jira.issue("DEMO-1")).map(Issue::assignee).isEmpty();
    }

    @Test
    void outsideARequestEveryReadGoesToTheDatabase() {
        users.byKey("u1");
        int first = statements.get();
        users.byKey("u1");
        assertThat(statements.get()).isGreaterThan(first);
    }

    @Test
    void aNewRequestForgetsTheLastOne() {
        RequestCache.open();
        users.byKey("u1");
        RequestCache.close();
        new UserStore(ao).changeZone("u1", ZoneId.of("UTC"));

        RequestCache.open();
        assertThat(users.byKey("u1")).map(SandboxUser::zone).contains(ZoneId.of("UTC"));
    }
}
