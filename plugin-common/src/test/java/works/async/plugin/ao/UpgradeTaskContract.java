package works.async.plugin.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import works.async.aohost.AoDatabase;
import works.async.aohost.AtlassianNaming;
import works.async.aohost.EntityManagerActiveObjects;
import works.async.core.escalation.DeadlineKind;
import works.async.core.escalation.NotificationKey;

/** Upgrade task 1 on a fresh database: creates every table with Atlassian names, the hot-query indexes, and is re-runnable. */
abstract class UpgradeTaskContract {

    /** A database nothing has been migrated into. */
    abstract AoDatabase freshDatabase();

    @Test
    void task1CreatesTheInitialModelAndCanRunAgain() throws Exception {
        AoDatabase db = freshDatabase();
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(db.entityManager(AoFixture.NAMESPACE));
        InitialModelUpgradeTask task = new InitialModelUpgradeTask();
        assertThat(task.getModelVersion().toString()).isEqualTo("1");

        task.upgrade(com.atlassian.activeobjects.external.ModelVersion.valueOf(null), ao);
        task.upgrade(task.getModelVersion(), ao);

        String prefix = AtlassianNaming.tablePrefix(AoFixture.NAMESPACE) + "_";
        Set<String> tables = tables(db);
        for (String entity : Set.of("REVISION", "OWNERSHIP", "REPLY_REQUEST", "OUTBOX", "REPORT", "REPORT_REVIEWER",
                "REPORT_FEEDBACK", "REPORT_SERIES", "POLICY")) {
            assertThat(tables).contains(prefix + entity);
            assertThat((prefix + entity).length()).isLessThanOrEqualTo(30);
        }
        assertThat(indexedColumnSets(db, prefix + "REPLY_REQUEST"))
                .contains("ITEM_KEY,ITEM_KIND", "RECIPIENT,STATE", "DUE_AT,ESCALATION_LEVEL,STATE", "GROUP_ID");
        // The stores work on what the task created.
        new AoReplyStore(ao).saveWithNotifications(Requests.openReply("r1", Requests.DEMO_1, "bob", Requests.T0), 0,
                java.util.List.of(OutboxContract.escalation("r1", 1, Requests.T0)));
        assertThat(new Outbox(ao).count(new NotificationKey("r1", DeadlineKind.REPLY, 1))).isEqualTo(1);
    }

    private static Set<String> tables(AoDatabase db) throws Exception {
        Set<String> names = new HashSet<>();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** Column sets (sorted, comma-joined) of the table's non-unique indexes. */
    private static Set<String> indexedColumnSets(AoDatabase db, String table) throws Exception {
        java.util.Map<String, java.util.TreeSet<String>> byIndex = new java.util.HashMap<>();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            DatabaseMetaData meta = c.getMetaData();
            // AO quotes its names on PostgreSQL, so the stored case is upper; try both to stay driver-neutral.
            for (String name : Set.of(table, table.toLowerCase(Locale.ROOT))) {
            try (ResultSet rs = meta.getIndexInfo(null, null, name, false, false)) {
                while (rs.next()) {
                    if (!rs.getBoolean("NON_UNIQUE") || rs.getString("COLUMN_NAME") == null) {
                        continue;
                    }
                    byIndex.computeIfAbsent(rs.getString("INDEX_NAME"), k -> new java.util.TreeSet<>())
                            .add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                }
            }
            }
        }
        Set<String> sets = new HashSet<>();
        byIndex.values().forEach(cols -> sets.add(String.join(",", cols)));
        return sets;
    }
}
