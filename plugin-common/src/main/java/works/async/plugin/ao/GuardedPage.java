package works.async.plugin.ao;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;
import net.java.ao.RawEntity;
import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.escalation.Notification;
import works.async.plugin.followup.Followup;
import works.async.plugin.followup.GuardedWrite;
import works.async.plugin.reply.ReplyRequestStore;

/**
 * A page of version-guarded writes with their outbox rows in one transaction, in a handful of statements per page
 * plus one UPDATE per changed row, for a store whose rows are keyed by a string id (see
 * {@link ReplyRequestStore#saveAllWithNotifications}).
 *
 * @param <R> the record type
 * @param <E> the entity type
 */
final class GuardedPage<R, E extends RawEntity<String> & CheckedRow> {

    /** The store's guarded single-row write, used when the page has to be retried row by row. */
    interface SingleWrite<R> {
        void save(R record, long expectedVersion, List<Notification> notifications, Followup followup);
    }

    /** Every column of a new row (a null followup: see {@link GuardedWrite#followup}). */
    interface RowColumns<R> {
        Map<String, Object> of(R record, Followup followup);
    }

    /** The changed columns of a stored row, in one UPDATE. */
    interface RowChanges<E, R> {
        void apply(E row, R record, Followup followup);
    }

    private final ActiveObjects ao;
    private final VersionGuard guard;
    private final Outbox outbox;
    private final String table;
    private final Class<E> type;
    private final Function<R, String> id;
    private final Function<E, String> rowId;
    private final ToLongFunction<E> version;
    private final RowColumns<R> columns;
    private final RowChanges<E, R> applyChanges;
    private final SingleWrite<R> single;

    GuardedPage(ActiveObjects ao, String table, Class<E> type, Function<R, String> id, Function<E, String> rowId,
                ToLongFunction<E> version, RowColumns<R> columns, RowChanges<E, R> applyChanges, SingleWrite<R> single) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.guard = new VersionGuard(ao);
        this.outbox = new Outbox(ao);
        this.table = Objects.requireNonNull(table, "table");
        this.type = Objects.requireNonNull(type, "type");
        this.id = Objects.requireNonNull(id, "id");
        this.rowId = Objects.requireNonNull(rowId, "rowId");
        this.version = Objects.requireNonNull(version, "version");
        this.columns = Objects.requireNonNull(columns, "columns");
        this.applyChanges = Objects.requireNonNull(applyChanges, "applyChanges");
        this.single = Objects.requireNonNull(single, "single");
    }

    /** Writes the page; returns the ids of the rows skipped because they had changed since they were read. */
    Set<String> saveAll(List<GuardedWrite<R>> writes) {
        if (writes.isEmpty()) {
            return Set.of();
        }
        if (writes.size() > Columns.MAX_IN_LIST) {
            throw new IllegalArgumentException("at most " + Columns.MAX_IN_LIST + " writes per page");
        }
        try {
            return guard.inTransaction(() -> writePage(writes));
        } catch (DomainException e) {
            if (e.code() != ErrorCode.CONFLICT) {
                throw e;
            }
        }
        // Someone held or took a claim of one of the rows, so the claim batch failed and the whole page was rolled
        // back (PostgreSQL aborts the transaction at the failed batch; a batch may also have stopped part-way).
        // Row by row, only the contested rows are skipped.
        Set<String> skipped = new LinkedHashSet<>();
        for (GuardedWrite<R> w : writes) {
            try {
                single.save(w.record(), w.expectedVersion(), w.notifications(), w.followup());
            } catch (DomainException e) {
                if (e.code() != ErrorCode.CONFLICT) {
                    throw e;
                }
                skipped.add(id.apply(w.record()));
            }
        }
        return skipped;
    }

    /**
     * Claims every row (one batch), re-reads them all (one query), then writes the ones still at the version they were
     * read at: new rows in one batch, changed rows one UPDATE each, one wake for the moments it moved, and their
     * outbox rows in one batch.
     */
    private Set<String> writePage(List<GuardedWrite<R>> writes) {
        Map<String, Long> expected = new LinkedHashMap<>();
        for (GuardedWrite<R> w : writes) {
            if (expected.put(id.apply(w.record()), w.expectedVersion()) != null) {
                throw new IllegalArgumentException("row " + id.apply(w.record()) + " twice in one page");
            }
        }
        guard.claimAll(table, expected);
        Map<String, E> stored = new HashMap<>();
        for (E row : ao.find(type, Query.select()
                .where("ID IN (" + Columns.placeholders(expected.size()) + ")", expected.keySet().toArray()))) {
            stored.put(rowId.apply(row), row);
        }
        Map<String, Long> written = new LinkedHashMap<>();
        Map<String, Long> stale = new LinkedHashMap<>();
        List<Map<String, Object>> inserts = new ArrayList<>();
        List<Notification> notifications = new ArrayList<>();
        Long wake = null; // one wake for the page: the earliest moment it moved a row to
        for (GuardedWrite<R> w : writes) {
            String key = id.apply(w.record());
            E row = stored.get(key);
            if ((row == null ? 0 : version.applyAsLong(row)) != w.expectedVersion()) {
                stale.put(key, w.expectedVersion());
                continue;
            }
            if (row == null) {
                Map<String, Object> inserted = columns.of(w.record(), w.followup());
                inserts.add(inserted);
                wake = WakeRows.earlier(wake, (Long) inserted.get("NEXT_CHECK_AT"));
            } else {
                Long before = row.getNextCheckAt();
                // One UPDATE per row: the facade has no multi-row UPDATE (see ReplyRequestStore#saveAllWithNotifications).
                applyChanges.apply(row, w.record(), w.followup());
                if (!Objects.equals(before, row.getNextCheckAt())) {
                    wake = WakeRows.earlier(wake, row.getNextCheckAt());
                }
            }
            written.put(key, w.expectedVersion());
            notifications.addAll(w.notifications());
        }
        if (!inserts.isEmpty()) {
            ao.create(type, inserts);
        }
        guard.forget(table, written, stale);
        WakeRows.at(ao, wake);
        outbox.write(notifications);
        return new LinkedHashSet<>(stale.keySet());
    }
}
