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
import works.async.plugin.followup.DueCursor;
import works.async.plugin.followup.Followup;
import works.async.plugin.report.DueReviewer;

/**
 * Upgrade task 1 on a fresh database creates every table with Atlassian names and the hot-query indexes; task 2 turns
 * a version-1 outbox into one row per addressee; task 3 adds the team-insight indexes; task 4 the next-check
 * columns of the due-time index; task 5 adds the record of
 * failed deliveries to a filled outbox; task 6 the reply requests' item type; task 7 the acknowledgements' table;
 * task 8 the escalation pass's wakes. All are re-runnable.
 */
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
                "REPORT_FEEDBACK", "REPORT_SERIES", "POLICY", "PERSONAL_SCHEDULE")) {
            assertThat(tables).contains(prefix + entity);
            assertThat((prefix + entity).length()).isLessThanOrEqualTo(30);
        }
        assertThat(indexedColumnSets(db, prefix + "REPLY_REQUEST"))
                .contains("ITEM_KEY,ITEM_KIND", "RECIPIENT,STATE", "DUE_AT,ESCALATION_LEVEL,STATE", "ID,NEXT_CHECK_AT",
                        "GROUP_ID");
        // The stores work on what the task created.
        new AoReplyStore(ao).saveWithNotifications(Requests.openReply("r1", Requests.DEMO_1, "bob", Requests.T0), 0,
                java.util.List.of(OutboxContract.escalation("r1", 1, Requests.T0)));
        assertThat(new Outbox(ao).count(new NotificationKey("r1", DeadlineKind.REPLY, 1))).isEqualTo(1);
    }

    @Test
    void task2GivesEachAddresseeItsOwnOutboxRowAndKeepsVersion1Rows() throws Exception {
        AoDatabase db = freshDatabase();
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(db.entityManager(AoFixture.NAMESPACE));
        // A plugin at model version 1: its outbox table and two rows written by the old code.
        ao.migrate(OutboxEntityV1.class);
        ao.create(OutboxEntityV1.class, v1Row("REPLY:1:r1", "bob", 0L));
        ao.create(OutboxEntityV1.class, v1Row("OWNERSHIP:0:o|7", "carol", 1_000L));
        OutboxAddresseeUpgradeTask task = new OutboxAddresseeUpgradeTask();
        assertThat(task.getModelVersion().toString()).isEqualTo("2");

        task.upgrade(com.atlassian.activeobjects.external.ModelVersion.valueOf("1"), ao);
        task.upgrade(task.getModelVersion(), ao);

        String prefix = AtlassianNaming.tablePrefix(AoFixture.NAMESPACE) + "_";
        assertThat(tables(db)).contains(prefix + "OUTBOX", prefix + "REPLY_REQUEST", prefix + "PERSONAL_SCHEDULE");
        assertThat(indexedColumnSets(db, prefix + "OUTBOX")).contains("NOTIFICATION_KEY");
        Outbox outbox = new Outbox(ao);
        NotificationKey r1 = new NotificationKey("r1", DeadlineKind.REPLY, 1);
        assertThat(outbox.count(r1)).isEqualTo(1);
        assertThat(outbox.count(new NotificationKey("o|7", DeadlineKind.OWNERSHIP, 0))).isEqualTo(1);
        assertThat(outbox.pending(10)).extracting(n -> n.key().asString() + ">" + n.addressee())
                .containsExactly("REPLY:1:r1>bob", "OWNERSHIP:0:o|7>carol");
        // The old row still dedupes its own addressee, and the escalation target that version 1 lost now fits.
        java.util.List<works.async.core.escalation.Notification> decision = java.util.List.of(
                new works.async.core.escalation.Notification(r1, "bob", "bob", Requests.T0, Requests.T0, false),
                new works.async.core.escalation.Notification(r1, "lead", "bob", Requests.T0, Requests.T0, false));
        assertThat(ao.executeInTransaction(() -> outbox.write(decision))).isEqualTo(1);
        assertThat(ao.executeInTransaction(() -> outbox.write(decision))).isZero();
        assertThat(outbox.count(r1)).isEqualTo(2);
    }

    @Test
    void task3AddsTheInsightIndexesToAModelVersion2DatabaseAndKeepsItsRows() throws Exception {
        AoDatabase db = freshDatabase();
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(db.entityManager(AoFixture.NAMESPACE));
        new InitialModelUpgradeTask().upgrade(com.atlassian.activeobjects.external.ModelVersion.valueOf(null), ao);
        new AoReplyStore(ao).save(Requests.openReply("r1", Requests.DEMO_1, "bob", Requests.T0), 0);
        // A database at model version 2 lacks the three indexes of version 3.
        String prefix = AtlassianNaming.tablePrefix(AoFixture.NAMESPACE) + "_";
        dropIndexOn(db, prefix + "REPLY_REQUEST", "CONTAINER_KEY,ITEM_KIND,OPENED_AT");
        dropIndexOn(db, prefix + "OWNERSHIP", "CONTAINER_KEY,ITEM_KIND,OPENED_AT");
        dropIndexOn(db, prefix + "REPORT", "CONTAINER_KEY,ITEM_KIND,PUBLISHED_AT");
        assertThat(indexedColumnSets(db, prefix + "REPLY_REQUEST")).doesNotContain("CONTAINER_KEY,ITEM_KIND,OPENED_AT");
        InsightIndexesUpgradeTask task = new InsightIndexesUpgradeTask();
        assertThat(task.getModelVersion().toString()).isEqualTo("3");

        task.upgrade(com.atlassian.activeobjects.external.ModelVersion.valueOf("2"), ao);
        task.upgrade(task.getModelVersion(), ao);

        assertThat(indexedColumnSets(db, prefix + "REPLY_REQUEST")).contains("CONTAINER_KEY,ITEM_KIND,OPENED_AT",
                "ITEM_KEY,ITEM_KIND", "DUE_AT,ESCALATION_LEVEL,STATE");
        assertThat(indexedColumnSets(db, prefix + "OWNERSHIP")).contains("CONTAINER_KEY,ITEM_KIND,OPENED_AT");
        assertThat(indexedColumnSets(db, prefix + "REPORT")).contains("CONTAINER_KEY,ITEM_KIND,PUBLISHED_AT");
        assertThat(new AoReplyStore(ao).findByContainerOpenedSince(Requests.DEMO_1.kind(), "DEMO", Requests.T0, 10))
                .extracting(works.async.core.reply.ReplyRequest::id).containsExactly("r1");
    }

    @Test
    void task4MarksAModelVersion3DatabasesOpenRowsForTheFirstPassAndLeavesClosedOnesSettled() throws Exception {
        AoDatabase db = freshDatabase();
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(db.entityManager(AoFixture.NAMESPACE));
        new InitialModelUpgradeTask().upgrade(com.atlassian.activeobjects.external.ModelVersion.valueOf(null), ao);
        AoReplyStore replies = new AoReplyStore(ao);
        AoOwnershipStore ownerships = new AoOwnershipStore(ao);
        works.async.core.reply.ReplyRequest open = Requests.openReply("r-open", Requests.DEMO_1, "bob",
                Requests.T0.plusSeconds(3600));
        replies.save(open, 0);
        replies.save(Requests.answered(Requests.openReply("r-done", Requests.DEMO_1, "carol", Requests.T0.plusSeconds(60)),
                "carol"), 0);
        ownerships.save(Requests.ownership("o-open", Requests.DEMO_1, "alice", Requests.T0), 0);
        ao.create(ReportReviewerEntity.class, java.util.Map.of("REPORT_ID", "rep1", "POSITION", 0, "USER_KEY", "dave",
                "ROLE", "REQUIRED", "DUE_AT", Requests.T0.toEpochMilli(), "REMINDED", false, "ESCALATION_LEVEL", 0,
                "REPORT_STATE", "OPEN"));
        // A database at model version 3 has none of version 4's columns (nor their indexes).
        String prefix = AtlassianNaming.tablePrefix(AoFixture.NAMESPACE) + "_";
        for (String table : java.util.List.of("REPLY_REQUEST", "OWNERSHIP", "REPORT_REVIEWER")) {
            dropIndexOn(db, prefix + table, "ID,NEXT_CHECK_AT");
            try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                 java.sql.Statement st = c.createStatement()) {
                for (String column : java.util.List.of("NEXT_CHECK_AT", "PROBLEM", "PROBLEM_RETRIES")) {
                    st.execute("ALTER TABLE " + quoted(c, prefix + table) + " DROP COLUMN " + quoted(c, column));
                }
            }
        }
        assertThat(indexedColumnSets(db, prefix + "REPLY_REQUEST")).doesNotContain("ID,NEXT_CHECK_AT");
        DueIndexUpgradeTask task = new DueIndexUpgradeTask();
        assertThat(task.getModelVersion().toString()).isEqualTo("4");

        task.upgrade(com.atlassian.activeobjects.external.ModelVersion.valueOf("3"), ao);
        task.upgrade(task.getModelVersion(), ao);

        for (String table : java.util.List.of("REPLY_REQUEST", "OWNERSHIP", "REPORT_REVIEWER")) {
            assertThat(indexedColumnSets(db, prefix + table)).contains("ID,NEXT_CHECK_AT");
        }
        java.time.Instant now = Requests.T0.plusSeconds(1);
        // The open rows are due for the first pass; the answered one is settled and never read.
        assertThat(replies.findCheckDue(now, DueCursor.start(), 10)).singleElement().satisfies(s -> {
            assertThat(s.request()).isEqualTo(open);
            assertThat(s.followup()).isEqualTo(Followup.at(open.openedAt()));
        });
        assertThat(ownerships.findCheckDue(now, DueCursor.start(), 10))
                .extracting(s -> s.request().id()).containsExactly("o-open");
        assertThat(new AoReportStore(ao).findReviewersDue(now, Long.MIN_VALUE, 0, 10))
                .extracting(DueReviewer::userKey).containsExactly("dave");
    }

    @Test
    void task5RecordsDeliveryFailuresOnOutboxRowsWrittenBeforeIt() throws Exception {
        AoDatabase db = freshDatabase();
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(db.entityManager(AoFixture.NAMESPACE));
        // A plugin at model version 3: its outbox without the failure columns, and two rows waiting in it.
        ao.migrate(OutboxEntityV2.class);
        java.util.Map<String, Object> bob = new java.util.HashMap<>(v1Row("REPLY:1:r1|bob", "bob", 0L));
        bob.put("NOTIFICATION_KEY", "REPLY:1:r1");
        java.util.Map<String, Object> carol = new java.util.HashMap<>(v1Row("REPLY:1:r1|carol", "carol", 1L));
        carol.put("NOTIFICATION_KEY", "REPLY:1:r1");
        ao.create(OutboxEntityV2.class, bob);
        ao.create(OutboxEntityV2.class, carol);
        OutboxFailuresUpgradeTask task = new OutboxFailuresUpgradeTask();
        assertThat(task.getModelVersion().toString()).isEqualTo("5");

        task.upgrade(com.atlassian.activeobjects.external.ModelVersion.valueOf("3"), ao);
        task.upgrade(task.getModelVersion(), ao);

        String prefix = AtlassianNaming.tablePrefix(AoFixture.NAMESPACE) + "_";
        assertThat(columns(db, prefix + "OUTBOX")).contains("ATTEMPTS", "LAST_ERROR", "LAST_ATTEMPT_AT", "NOTE_KEY");
        Outbox outbox = new Outbox(ao);
        assertThat(outbox.undelivered(10)).extracting(r -> r.notification().addressee() + " " + r.state() + " " + r.attempts())
                .containsExactly("bob WAITING 0", "carol WAITING 0");
        // The old rows now fail one at a time: bob's refusal is recorded and carol still gets hers.
        java.util.List<String> accepted = new java.util.ArrayList<>();
        int delivered = outbox.deliverDue(Requests.T0, 10, n -> {
            if (n.addressee().equals("bob")) {
                throw new IllegalStateException("550 no such user");
            }
            accepted.add(n.addressee());
        });
        assertThat(delivered).isEqualTo(1);
        assertThat(accepted).containsExactly("carol");
        assertThat(outbox.undelivered(10)).singleElement().satisfies(row -> {
            assertThat(row.attempts()).isEqualTo(1);
            assertThat(row.lastError()).isEqualTo("550 no such user");
        });
    }

    @Test
    void task6AddsTheRequestsItemTypeKeepingOlderRowsUntypedAndStoresTheTypeOfNewOnes() throws Exception {
        AoDatabase db = freshDatabase();
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(db.entityManager(AoFixture.NAMESPACE));
        new InitialModelUpgradeTask().upgrade(com.atlassian.activeobjects.external.ModelVersion.valueOf(null), ao);
        AoReplyStore store = new AoReplyStore(ao);
        store.save(Requests.openReply("old", Requests.DEMO_1, "bob", Requests.T0), 0);
        // A database at model version 5 has no ITEM_TYPE column on its reply requests.
        String table = AtlassianNaming.tablePrefix(AoFixture.NAMESPACE) + "_REPLY_REQUEST";
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             java.sql.Statement s = c.createStatement()) {
            s.execute("ALTER TABLE " + quoted(c, table) + " DROP COLUMN " + quoted(c, "ITEM_TYPE"));
        }
        assertThat(columns(db, table)).doesNotContain("ITEM_TYPE");
        ReplyItemTypeUpgradeTask task = new ReplyItemTypeUpgradeTask();
        assertThat(task.getModelVersion().toString()).isEqualTo("6");

        task.upgrade(com.atlassian.activeobjects.external.ModelVersion.valueOf("5"), ao);
        task.upgrade(task.getModelVersion(), ao);

        assertThat(columns(db, table)).contains("ITEM_TYPE");
        assertThat(store.findById("old").orElseThrow().itemType()).isNull();
        var typed = Requests.openReply("typed", Requests.DEMO_1, "bob", Requests.T0);
        typed = new works.async.core.reply.ReplyRequest(typed.id(), typed.groupId(), typed.item(), "Bug", typed.asker(),
                typed.recipient(), typed.question(), typed.origin(), typed.window(), typed.openedAt(),
                typed.originalDueAt(), null, typed.state(), null, null, null, null, false, 0, 1);
        store.save(typed, 0);
        assertThat(store.findById("typed")).contains(typed);
    }

    @Test
    void task7AddsTheAgreementAcknowledgementsTableAndKeepsEveryOtherRow() throws Exception {
        AoDatabase db = freshDatabase();
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(db.entityManager(AoFixture.NAMESPACE));
        new InitialModelUpgradeTask().upgrade(com.atlassian.activeobjects.external.ModelVersion.valueOf(null), ao);
        AoReplyStore replies = new AoReplyStore(ao);
        replies.save(Requests.openReply("kept", Requests.DEMO_1, "bob", Requests.T0), 0);
        // A database at model version 6 has no table for acknowledgements.
        String prefix = AtlassianNaming.tablePrefix(AoFixture.NAMESPACE) + "_";
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             java.sql.Statement s = c.createStatement()) {
            s.execute("DROP TABLE " + quoted(c, prefix + "AGREEMENT_ACK"));
        }
        assertThat(tables(db)).doesNotContain((prefix + "AGREEMENT_ACK").toUpperCase(Locale.ROOT));
        AgreementAckUpgradeTask task = new AgreementAckUpgradeTask();
        assertThat(task.getModelVersion().toString()).isEqualTo("7");

        task.upgrade(com.atlassian.activeobjects.external.ModelVersion.valueOf("6"), ao);
        task.upgrade(task.getModelVersion(), ao);

        assertThat(tables(db)).contains((prefix + "AGREEMENT_ACK").toUpperCase(Locale.ROOT));
        assertThat(replies.findById("kept")).isPresent();
        AoAgreementAcks acks = new AoAgreementAcks(ao);
        acks.acknowledge(works.async.core.policy.PolicyScope.ContainerKind.JIRA_PROJECT, "DEMO", "bob", Requests.T0);
        assertThat(acks.count(works.async.core.policy.PolicyScope.ContainerKind.JIRA_PROJECT, "DEMO")).isEqualTo(1);
    }

    @Test
    void task9AddsTheOwnershipClosingReasonAndOlderRowsReadWithoutOne() throws Exception {
        AoDatabase db = freshDatabase();
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(db.entityManager(AoFixture.NAMESPACE));
        new InitialModelUpgradeTask().upgrade(com.atlassian.activeobjects.external.ModelVersion.valueOf(null), ao);
        AoOwnershipStore store = new AoOwnershipStore(ao);
        store.save(Requests.ownership("old", Requests.DEMO_1, "bob", Requests.T0), 0);
        // A database at model version 8 has no CLOSE_REASON column on its ownership requests.
        String table = AtlassianNaming.tablePrefix(AoFixture.NAMESPACE) + "_OWNERSHIP";
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             java.sql.Statement s = c.createStatement()) {
            s.execute("ALTER TABLE " + quoted(c, table) + " DROP COLUMN " + quoted(c, "CLOSE_REASON"));
        }
        assertThat(columns(db, table)).doesNotContain("CLOSE_REASON");
        OwnershipCloseReasonUpgradeTask task = new OwnershipCloseReasonUpgradeTask();
        assertThat(task.getModelVersion().toString()).isEqualTo("9");

        task.upgrade(com.atlassian.activeobjects.external.ModelVersion.valueOf("8"), ao);
        task.upgrade(task.getModelVersion(), ao);

        assertThat(columns(db, table)).contains("CLOSE_REASON");
        assertThat(store.findById("old").orElseThrow().closeReason()).isNull();
    }

    @Test
    void task8AddsTheWakeTableAndAWakeSoTheFirstPassRunsInFullAndFindsTheRowsStoredBeforeIt() throws Exception {
        AoDatabase db = freshDatabase();
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(db.entityManager(AoFixture.NAMESPACE));
        new InitialModelUpgradeTask().upgrade(com.atlassian.activeobjects.external.ModelVersion.valueOf(null), ao);
        new AoReplyStore(ao).save(Requests.openReply("kept", Requests.DEMO_1, "bob", Requests.T0), 0);
        // A database at model version 7 has no wakes: its rows were stored without them.
        String prefix = AtlassianNaming.tablePrefix(AoFixture.NAMESPACE) + "_";
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             java.sql.Statement s = c.createStatement()) {
            s.execute("DROP TABLE " + quoted(c, prefix + "WAKE"));
        }
        WakeUpgradeTask task = new WakeUpgradeTask();
        assertThat(task.getModelVersion().toString()).isEqualTo("8");

        task.upgrade(com.atlassian.activeobjects.external.ModelVersion.valueOf("7"), ao);

        AoWakeStore wakes = new AoWakeStore(ao);
        assertThat(wakes.anyDue(java.time.Instant.EPOCH)).isTrue();
        // The full pass then finds the row stored before the upgrade by its next check, and wakes at it.
        assertThat(wakes.earliestStored()).contains(Requests.T0);
        wakes.replace(wakes.read(1_000), Requests.T0.plusSeconds(60));
        assertThat(wakes.anyDue(Requests.T0)).isFalse();
        assertThat(wakes.anyDue(Requests.T0.plusSeconds(60))).isTrue();
        task.upgrade(task.getModelVersion(), ao);
        assertThat(wakes.anyDue(Requests.T0)).isTrue(); // running it again costs one more full pass, nothing else
    }

    private static Set<String> columns(AoDatabase db, String table) throws Exception {
        Set<String> names = new HashSet<>();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            for (String name : Set.of(table, table.toLowerCase(Locale.ROOT))) {
                try (ResultSet rs = c.getMetaData().getColumns(null, null, name, "%")) {
                    while (rs.next()) {
                        names.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        return names;
    }

    /** The name in the database's identifier quotes: double quotes, or MySQL's and MariaDB's back quotes. */
    private static String quoted(Connection c, String name) throws java.sql.SQLException {
        String quote = c.getMetaData().getIdentifierQuoteString();
        return quote + name + quote;
    }

    /** Drops the table's non-unique index on exactly these columns (sorted, comma-joined). */
    private static void dropIndexOn(AoDatabase db, String table, String columns) throws Exception {
        java.util.Map<String, java.util.TreeSet<String>> byIndex = new java.util.HashMap<>();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            for (String name : Set.of(table, table.toLowerCase(Locale.ROOT))) {
                try (ResultSet rs = c.getMetaData().getIndexInfo(null, null, name, false, false)) {
                    while (rs.next()) {
                        if (rs.getBoolean("NON_UNIQUE") && rs.getString("COLUMN_NAME") != null) {
                            byIndex.computeIfAbsent(rs.getString("INDEX_NAME"), k -> new java.util.TreeSet<>())
                                    .add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                        }
                    }
                }
            }
            for (var index : byIndex.entrySet()) {
                if (String.join(",", index.getValue()).equals(columns)) {
                    try (java.sql.Statement s = c.createStatement()) {
                        // MySQL and MariaDB name an index within its table; the others within the schema.
                        s.execute("DROP INDEX " + quoted(c, index.getKey()) + (db.isMySql() ? " ON " + quoted(c, table) : ""));
                    }
                }
            }
        }
    }

    private static java.util.Map<String, Object> v1Row(String key, String addressee, long deliverAt) {
        return java.util.Map.of("NOTE_KEY", key, "ADDRESSEE", addressee, "RECIPIENT", addressee, "DUE_AT", 0L,
                "DELIVER_AT", deliverAt, "URGENT_OVERRIDE", false, "DELIVERED_AT", 0L);
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
