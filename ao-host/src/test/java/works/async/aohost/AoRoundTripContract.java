package works.async.aohost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the plugins rely on from Active Objects, run through the real AO ORM on each database:
 * Atlassian table naming, create, read back, query, stream and transactional rollback.
 */
abstract class AoRoundTripContract {

    static final String NAMESPACE = "works.async.test";
    /** {@code AO_} + last six hex digits of MD5("works.async.test") = 69ffe110eac560364859af0a012ddcc0. */
    static final String EXPECTED_TABLE = "AO_2DDCC0_NOTE";

    private ActiveObjects ao;

    /** The database under test. */
    abstract AoDatabase database();

    @BeforeEach
    void migrate() {
        ao = new EntityManagerActiveObjects(database().entityManager(NAMESPACE));
        ao.migrate(NoteEntity.class);
        ao.deleteWithSQL(NoteEntity.class, "ID > ?", 0);
    }

    @Test
    void tablesCarryTheAtlassianPrefixOfTheNamespace() throws Exception {
        assertThat(tableNames()).contains(EXPECTED_TABLE);
    }

    @Test
    void createdRowsReadBackExactlyIncludingHostileAndNonAsciiText() {
        // Beyond the BMP too (a 4-byte character in UTF-8, which MySQL's 3-byte "utf8" would refuse).
        String text = "<script>alert('x')</script> \u00fcber \u6771\u4eac \uD83D\uDE80 \n  trailing spaces  ";
        NoteEntity created = ao.create(NoteEntity.class, new DBParam("ITEM_KEY", "DEMO-1"), new DBParam("TEXT", text),
                new DBParam("DUE_AT", 1_795_000_000_000L));

        ao.flushAll();
        NoteEntity read = ao.get(NoteEntity.class, created.getID());

        assertThat(read.getItemKey()).isEqualTo("DEMO-1");
        assertThat(read.getText()).isEqualTo(text);
        assertThat(read.getDueAt()).isEqualTo(1_795_000_000_000L);
    }

    /**
     * Keys that differ only in case are different keys: looking up {@code demo-1} finds nothing of {@code DEMO-1}'s.
     * MySQL and MariaDB compare text by the table's collation; only a binary one ({@code utf8mb4_bin}, which Jira
     * and Confluence require there and the MariaDB tests create) keeps this true.
     */
    @Test
    void keysDifferingOnlyInCaseAreDifferentKeys() {
        ao.create(NoteEntity.class, new DBParam("ITEM_KEY", "DEMO-1"), new DBParam("TEXT", "upper"));
        ao.create(NoteEntity.class, new DBParam("ITEM_KEY", "demo-1"), new DBParam("TEXT", "lower"));

        NoteEntity[] found = ao.find(NoteEntity.class, Query.select().where("ITEM_KEY = ?", "demo-1"));

        assertThat(found).extracting(NoteEntity::getText).containsExactly("lower");
    }

    /**
     * A key of the full 255 characters of a plain string column, and a text of 200,000 characters (the page body's
     * limit) in an unlimited one, read back whole: MySQL counts VARCHAR in characters whatever their bytes, and AO
     * gives unlimited strings LONGTEXT there (TEXT would stop at 64 KiB).
     */
    @Test
    void aFullLengthKeyAndALongTextReadBackWhole() {
        String key = "\u00fc".repeat(255);
        String text = "\u6771\u4eac ".repeat(200_000 / 3) + "end";
        NoteEntity created = ao.create(NoteEntity.class, new DBParam("ITEM_KEY", key), new DBParam("TEXT", text));

        ao.flushAll();
        NoteEntity read = ao.get(NoteEntity.class, created.getID());

        assertThat(read.getItemKey()).isEqualTo(key);
        assertThat(read.getText()).hasSize(text.length()).isEqualTo(text);
    }

    @Test
    void queriesFilterOrderAndCount() {
        for (int i = 0; i < 5; i++) {
            ao.create(NoteEntity.class, new DBParam("ITEM_KEY", i % 2 == 0 ? "DEMO-1" : "DEMO-2"),
                    new DBParam("DUE_AT", 1000L - i));
        }

        NoteEntity[] demo1 = ao.find(NoteEntity.class, Query.select().where("ITEM_KEY = ?", "DEMO-1").order("DUE_AT ASC"));

        assertThat(demo1).extracting(NoteEntity::getDueAt).containsExactly(996L, 998L, 1000L);
        assertThat(ao.count(NoteEntity.class, "ITEM_KEY = ?", "DEMO-2")).isEqualTo(2);
    }

    @Test
    void batchCreateInsertsEveryRowInOneCall() {
        List<java.util.Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            rows.add(java.util.Map.of("ITEM_KEY", "BATCH-" + (i % 5), "DUE_AT", (long) i));
        }

        ao.create(NoteEntity.class, rows);

        assertThat(ao.count(NoteEntity.class, "ITEM_KEY LIKE ?", "BATCH-%")).isEqualTo(250);
        assertThat(ao.find(NoteEntity.class, Query.select().where("ITEM_KEY = ? AND DUE_AT = ?", "BATCH-3", 248L)))
                .hasSize(1);
    }

    @Test
    void streamingVisitsEveryMatchingRowWithItsColumns() {
        for (int i = 0; i < 3; i++) {
            ao.create(NoteEntity.class, new DBParam("ITEM_KEY", "DEMO-" + i), new DBParam("DUE_AT", (long) i));
        }
        List<String> seen = new ArrayList<>();

        ao.stream(NoteEntity.class, Query.select("ID, ITEM_KEY, DUE_AT").where("DUE_AT >= ?", 1L).order("DUE_AT ASC"),
                row -> seen.add(row.getItemKey()));

        assertThat(seen).containsExactly("DEMO-1", "DEMO-2");
    }

    @Test
    void aFailureInsideATransactionLeavesNothingBehind() {
        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            ao.create(NoteEntity.class, new DBParam("ITEM_KEY", "DEMO-9"));
            ao.executeInTransaction(() -> ao.create(NoteEntity.class, new DBParam("ITEM_KEY", "DEMO-9")));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(ao.count(NoteEntity.class, "ITEM_KEY = ?", "DEMO-9")).isZero();
    }

    @Test
    void aCommittedTransactionKeepsEveryRow() {
        ao.executeInTransaction(() -> {
            ao.create(NoteEntity.class, new DBParam("ITEM_KEY", "DEMO-7"));
            return ao.create(NoteEntity.class, new DBParam("ITEM_KEY", "DEMO-7"));
        });

        assertThat(ao.count(NoteEntity.class, "ITEM_KEY = ?", "DEMO-7")).isEqualTo(2);
    }

    private List<String> tableNames() throws Exception {
        AoDatabase db = database();
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    // PostgreSQL folds unquoted names; AO quotes them, so compare upper-cased.
                    names.add(rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
                }
            }
        }
        return names;
    }
}
