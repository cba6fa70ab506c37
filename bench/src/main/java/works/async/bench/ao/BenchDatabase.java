package works.async.bench.ao;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import com.atlassian.activeobjects.external.ModelVersion;

import works.async.aohost.AoDatabase;
import works.async.aohost.AtlassianNaming;
import works.async.aohost.EntityManagerActiveObjects;
import works.async.plugin.ao.DueIndexUpgradeTask;
import works.async.plugin.ao.InitialModelUpgradeTask;
import works.async.plugin.ao.InsightIndexesUpgradeTask;
import works.async.plugin.ao.OutboxFailuresUpgradeTask;
import works.async.plugin.ao.AgreementAckUpgradeTask;
import works.async.plugin.ao.ReplyItemTypeUpgradeTask;
import works.async.plugin.ao.OutboxAddresseeUpgradeTask;
import works.async.plugin.ao.WakeUpgradeTask;

/**
 * The benchmark database: created and migrated through AO (so table, column and index names are AO's), then seeded
 * with plain SQL ({@code generate_series}) and analysed. Settings are system properties: {@code bench.pg.url}
 * (server URL ending in '/'), {@code bench.pg.user}, {@code bench.db} (reuse a seeded database of that name),
 * {@code bench.rows} (reply requests, default 5,000,000) and {@code bench.open} (open ones, default 1,000,000).
 */
public final class BenchDatabase {

    static final String NAMESPACE = "works.async.jira";
    /** Fixed "now" of every benchmark, so seeded due times stay in the future whenever it runs. */
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final int REQUESTS_PER_ITEM = 10;

    private final String server = System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
    private final String user = System.getProperty("bench.pg.user", "postgres");
    private final String password = System.getProperty("bench.pg.password", "");
    final String name;
    final long rows = Long.getLong("bench.rows", 5_000_000L);
    final long open = Long.getLong("bench.open", 1_000_000L);

    BenchDatabase() {
        // "v4": seeded with model version 4's next checks, so a database seeded by older code is never reused.
        name = System.getProperty("bench.db", "aw_bench_v4_" + rows);
    }

    AoDatabase aoDatabase() {
        return new AoDatabase(server + name, user, password);
    }

    EntityManagerActiveObjects activeObjects() {
        return new EntityManagerActiveObjects(aoDatabase().entityManager(NAMESPACE));
    }

    public static String table(String entity) {
        return "\"" + AtlassianNaming.tablePrefix(NAMESPACE) + "_" + entity + "\"";
    }

    /** Creates, migrates and seeds the database unless a seeded one of that name exists. */
    EntityManagerActiveObjects openSeeded() throws SQLException {
        boolean exists;
        try (Connection c = DriverManager.getConnection(server + "postgres", user, password);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            exists = rs.next();
            if (!exists) {
                s.execute("CREATE DATABASE " + name);
            }
        }
        EntityManagerActiveObjects ao = activeObjects();
        new InitialModelUpgradeTask().upgrade(null, ao);
        new OutboxAddresseeUpgradeTask().upgrade(ModelVersion.valueOf("1"), ao);
        new InsightIndexesUpgradeTask().upgrade(ModelVersion.valueOf("2"), ao);
        if (!exists) {
            // Only on a new database: on a seeded one it would mark the settled open rows for a look again.
            new DueIndexUpgradeTask().upgrade(ModelVersion.valueOf("3"), ao);
        }
        new OutboxFailuresUpgradeTask().upgrade(ModelVersion.valueOf("4"), ao);
        new ReplyItemTypeUpgradeTask().upgrade(ModelVersion.valueOf("5"), ao);
        new AgreementAckUpgradeTask().upgrade(ModelVersion.valueOf("6"), ao);
        // Adds a wake at epoch 0 on every opening: the first pass then runs in full and stores the earliest moment.
        new WakeUpgradeTask().upgrade(ModelVersion.valueOf("7"), ao);
        new works.async.plugin.ao.OwnershipCloseReasonUpgradeTask().upgrade(ModelVersion.valueOf("8"), ao);
        if (!exists || count() == 0) {
            seed();
        }
        return ao;
    }

    long count() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table("REPLY_REQUEST"))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Outbox rows of the backlog's requests (ids "due..."), not the seeded history. */
    long countOutbox() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table("OUTBOX") + " WHERE \"NOTE_KEY\" LIKE 'REPLY:%:due%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(server + name, user, password);
    }

    private void seed() throws SQLException {
        try (Connection c = connect()) {
            seed(c, rows, open, NOW);
        }
    }

    /**
     * Seeds {@code rows} reply requests ({@code open} of them open) as of {@code at}, with their claims and delivered
     * history, into the migrated plugin tables the connection sees; nothing is due at {@code at}. Used on the
     * benchmark database and on a sandbox's database (the page-view load runner, seeded as of the real clock, so the
     * sandbox's escalation job finds nothing due while it is measured).
     */
    public static void seed(Connection connection, long rows, long open, Instant at) throws SQLException {
        long started = System.nanoTime();
        long now = at.toEpochMilli();
        long items = rows / REQUESTS_PER_ITEM;
        // Rows 1..open are OPEN, in five classes by g % 5: 0 is past its last escalation (due 10 days ago, level 3,
        // settled: no next check); 1 has its reminder 2-3 days ahead and its due time 4-5 days ahead; the rest are due
        // 1..30 days after NOW with their next check 4 hours before. Nothing is due at NOW. The rest are answered or
        // withdrawn, settled.
        String isOpen = "g <= " + open;
        String settled = isOpen + " AND g % 5 = 0";
        String remindLater = isOpen + " AND g % 5 = 1";
        String sql = "INSERT INTO " + table("REPLY_REQUEST") + " (\"ID\", \"GROUP_ID\", \"ITEM_KIND\", \"CONTAINER_KEY\", "
                + "\"ITEM_KEY\", \"ASKER\", \"RECIPIENT\", \"QUESTION\", \"ORIGIN_KIND\", \"WINDOW_MILLIS\", \"OPENED_AT\", "
                + "\"ORIGINAL_DUE_AT\", \"DUE_AT\", \"STATE\", \"CLOSED_AT\", \"CLOSED_BY\", \"REMINDED\", \"ESCALATION_LEVEL\", "
                + "\"VERSION\", \"NEXT_CHECK_AT\") SELECT 'r' || g, 'g' || g, 'JIRA_ISSUE', 'P' || (g % 100), "
                + "'P' || (g % 100) || '-' || (g % " + items + "), "
                + "'asker' || (g % 1000), 'user' || (g % 20000), 'Could you review the attached change, please?', 'EXPLICIT', "
                + "57600000, " + now + " - 86400000, due, due, "
                + "CASE WHEN " + isOpen + " THEN 'OPEN' WHEN g % 7 = 0 THEN 'WITHDRAWN' ELSE 'ANSWERED' END, "
                + "CASE WHEN " + isOpen + " THEN NULL ELSE " + now + " END, "
                + "CASE WHEN " + isOpen + " THEN NULL ELSE 'user' || (g % 20000) END, " + settled + ", "
                + "CASE WHEN " + settled + " THEN 3 ELSE 0 END, 1, "
                + "CASE WHEN " + settled + " OR NOT (" + isOpen + ") THEN NULL WHEN " + remindLater
                + " THEN due - 172800000 ELSE due - 14400000 END "
                + "FROM (SELECT g, CASE WHEN " + settled + " THEN " + now + " - 864000000 - (g % 1000) * 1000 "
                + "WHEN " + remindLater + " THEN " + now + " + 345600000 + (g % 86400)::bigint * 1000 "
                + "ELSE " + now + " + 86400000 + (g % 2592000)::bigint * 1000 END AS due "
                + "FROM generate_series(1, " + rows + ") g) s";
        // The history an instance of this size carries: each request's creation claim (the version-0 claim is never
        // pruned) and a delivered escalation per closed request (up to a million). Without it the claim and outbox
        // tables start empty, and as this server runs with autovacuum off, their statistics would stay "empty" for
        // the whole run and the planner would scan them whole for every outbox check.
        String claims = "INSERT INTO " + table("REVISION") + " (\"CLAIM_KEY\") SELECT 'REPLY_REQUEST:0:r' || g "
                + "FROM generate_series(1, " + rows + ") g";
        long delivered = Math.min(1_000_000L, rows - open);
        String outbox = "INSERT INTO " + table("OUTBOX") + " (\"NOTE_KEY\", \"NOTIFICATION_KEY\", \"ADDRESSEE\", "
                + "\"RECIPIENT\", \"DUE_AT\", \"DELIVER_AT\", \"URGENT_OVERRIDE\", \"DELIVERED_AT\") "
                + "SELECT 'REPLY:1:r' || g || '|user' || (g % 20000), 'REPLY:1:r' || g, 'user' || (g % 20000), "
                + "'user' || (g % 20000), " + now + " - 86400000, " + now + " - 86400000, false, " + now + " - 86400000 "
                + "FROM generate_series(" + (open + 1) + ", " + (open + delivered) + ") g";
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
            s.execute(claims);
            s.execute(outbox);
            s.execute("ANALYZE");
        }
        System.out.printf("Seeded %,d reply requests (%,d open: %,d past their last escalation, %,d with reminders over "
                        + "a day ahead), %,d claims and %,d delivered outbox rows in %d s%n",
                rows, open, open / 5, open / 5, rows, delivered, (System.nanoTime() - started) / 1_000_000_000L);
    }
}
