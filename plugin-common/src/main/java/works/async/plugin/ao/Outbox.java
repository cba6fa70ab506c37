package works.async.plugin.ao;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;
import works.async.core.escalation.Notification;
import works.async.core.escalation.NotificationKey;
import works.async.plugin.outbox.Backoff;
import works.async.plugin.outbox.FailureText;
import works.async.plugin.outbox.OutboxRow;
import works.async.plugin.outbox.OutboxStore;

/**
 * The transactional outbox of reminders and escalations: rows are written in the transaction of the state change
 * that decides them, and delivered afterwards, at least once, in pages.
 *
 * <p>Each decision (request, kind, level) has one row per addressee: the recipient and, for escalations, the
 * escalation targets. Why a repeated (key, addressee) is a silent no-op and still race-safe: {@link #write} checks
 * which of them exist and inserts only the others, never relying on a failing INSERT (on PostgreSQL that would
 * abort the whole transaction). The
 * check cannot race with another writer of the same key because every key names its request, and stores only
 * write a request's notifications inside that request's guarded save ({@link VersionGuard}): a concurrent writer
 * of the same request is stopped by the revision claim before it gets here, and a later one sees the committed
 * row. The unique index stays as the last line of defence for callers that ignore this rule: they fail, they
 * never duplicate.
 */
public final class Outbox implements OutboxStore {

    /** Length of the unique NOTE_KEY column (the longest string AO indexes on every database). */
    static final int UNIQUE_KEY_LENGTH = 450;

    /** DELIVERED_AT of a parked row: below the pending value 0, so the due range and its index leave it out. */
    public static final long PARKED = -1L;

    private final ActiveObjects ao;

    public Outbox(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    /**
     * Stores the notifications whose (key, addressee) pairs are new; joins the caller's transaction. Call it only in
     * the transaction of a guarded save of the requests the keys name (the stores' {@code saveWithNotifications} do).
     *
     * @return how many rows were inserted (repeats are skipped)
     */
    @Override
    public int write(List<Notification> notifications) {
        return write(notifications, true);
    }

    @Override
    public int writeForThisPass(List<Notification> notifications) {
        return write(notifications, false);
    }

    private int write(List<Notification> notifications, boolean wake) {
        if (notifications.isEmpty()) {
            return 0;
        }
        return ao.executeInTransaction(() -> {
            int inserted = 0;
            for (int from = 0; from < notifications.size(); from += Columns.MAX_IN_LIST) {
                List<Notification> chunk = notifications.subList(from, Math.min(notifications.size(), from + Columns.MAX_IN_LIST));
                Set<String> existing = existingUniqueKeys(chunk);
                List<Map<String, Object>> rows = new ArrayList<>(chunk.size());
                for (Notification n : chunk) {
                    String unique = uniqueKey(n);
                    if (existing.add(unique)) {
                        rows.add(Map.of(
                                "NOTE_KEY", unique,
                                "NOTIFICATION_KEY", n.key().asString(),
                                "ADDRESSEE", n.addressee(),
                                "RECIPIENT", n.recipient(),
                                "DUE_AT", n.dueAt().toEpochMilli(),
                                "DELIVER_AT", n.deliverAt().toEpochMilli(),
                                "URGENT_OVERRIDE", n.urgentOverride(),
                                "DELIVERED_AT", 0L,
                                "ATTEMPTS", 0));
                    }
                }
                // One batch insert (one round trip) per chunk; the check above keeps repeats out of it, so it does
                // not rely on a failing row (which would abort the whole transaction on PostgreSQL).
                if (!rows.isEmpty()) {
                    ao.create(OutboxEntity.class, rows);
                    inserted += rows.size();
                    Long earliest = null;
                    for (Map<String, Object> row : rows) {
                        earliest = WakeRows.earlier(earliest, (Long) row.get("DELIVER_AT"));
                    }
                    WakeRows.at(ao, wake ? earliest : null);
                }
            }
            return inserted;
        });
    }

    private Set<String> existingUniqueKeys(List<Notification> chunk) {
        Object[] keys = chunk.stream().map(Outbox::uniqueKey).distinct().toArray();
        OutboxEntity[] rows = ao.find(OutboxEntity.class, Query.select("ID, NOTE_KEY")
                .where("NOTE_KEY IN (" + Columns.placeholders(keys.length) + ")", keys));
        Set<String> existing = new HashSet<>();
        for (OutboxEntity row : rows) {
            existing.add(row.getNoteKey());
        }
        return existing;
    }

    static String uniqueKey(Notification n) {
        return uniqueKey(n.key().asString(), n.addressee());
    }

    /**
     * The value of the unique NOTE_KEY column for one addressee of one decision: {@code KIND:level:requestId|addressee},
     * readable for support. When the request id contains '|' (the readable form could then collide) or the text would
     * not fit the 450-character indexed column, it is {@code #} and the SHA-256 of the length-prefixed pair instead;
     * readable forms start with a deadline kind, so the two forms never meet.
     */
    static String uniqueKey(String notificationKey, String addressee) {
        String readable = notificationKey + "|" + addressee;
        if (notificationKey.indexOf('|') < 0 && readable.length() <= UNIQUE_KEY_LENGTH) {
            return readable;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (notificationKey.length() + ":" + notificationKey + addressee).getBytes(StandardCharsets.UTF_8));
            return "#" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime ships SHA-256", e);
        }
    }

    /**
     * Delivers every pending notification whose delivery time has come, oldest first, a page at a time, each on its
     * own: a row is marked delivered right after the receiver accepted it, so a crash in between repeats only that
     * one row (the receiver dedupes by key). A receiver that throws a {@link RuntimeException} refused that one
     * notification: the failure is recorded on its row and the row is tried again after its {@link Backoff} (or
     * parked after the last attempt), while the others go on being delivered. An {@link Error} is no refusal and
     * ends the pass.
     *
     * <p>The products' scheduler runs the job once per cluster, but a node's pass may still overlap another's (a
     * slow pass, a scheduler that runs a job twice after a node rejoins), and a product's mail server does not
     * dedupe. So each row is delivered under a claim: in one transaction, a claim row of its own is inserted, the row
     * is read again, and only a row still pending and due is handed to the receiver, marked, and its claim deleted
     * before the commit. A second node inserting the same claim waits for that transaction; it then finds the row
     * delivered (or moved by its back-off) and leaves it. A node killed while it holds a claim holds it no longer
     * (the database rolls its transaction back), so the next pass delivers that row.
     *
     * @return how many notifications were delivered
     */
    @Override
    public int deliverDue(Instant now, int pageSize, Consumer<Notification> receiver) {
        long nowMillis = now.toEpochMilli();
        int delivered = 0;
        Set<Integer> leftToOthers = new HashSet<>();
        while (true) {
            // Every row of a page leaves the "DELIVERED_AT = 0 AND DELIVER_AT <= now" range, delivered, moved past
            // now by its back-off or parked (or, claimed by another node, is not offered again by this pass), so
            // re-reading the first page walks the backlog and ends.
            OutboxEntity[] page = ao.find(OutboxEntity.class, Query.select()
                    .where("DELIVERED_AT = ? AND DELIVER_AT <= ?", 0L, nowMillis).order("DELIVER_AT, ID").limit(pageSize));
            int fresh = 0;
            for (OutboxEntity row : page) {
                if (!leftToOthers.add(row.getID())) {
                    continue;
                }
                fresh++;
                if (deliverClaimed(row.getID(), nowMillis, now, receiver)) {
                    delivered++;
                }
            }
            if (page.length < pageSize || fresh == 0) {
                return delivered;
            }
        }
    }

    /** One row under its claim; whether this call delivered it (false: refused, or someone else's). */
    private boolean deliverClaimed(int id, long nowMillis, Instant now, Consumer<Notification> receiver) {
        String claim = "outbox-delivery:" + id;
        try {
            return ao.executeInTransaction(() -> {
                ao.create(RevisionEntity.class, new net.java.ao.DBParam("CLAIM_KEY", claim));
                OutboxEntity row = byId(id);
                boolean due = row != null && row.getDeliveredAt() == 0L && row.getDeliverAt() <= nowMillis;
                boolean accepted = false;
                if (due) {
                    try {
                        receiver.accept(toNotification(row));
                        accepted = true;
                    } catch (RuntimeException refused) {
                        failed(row, refused, now);
                    }
                    if (accepted) {
                        row.setDeliveredAt(Math.max(1L, nowMillis));
                        row.save();
                    }
                }
                ao.deleteWithSQL(RevisionEntity.class, "CLAIM_KEY = ?", claim);
                return accepted;
            });
        } catch (RuntimeException e) {
            if (VersionGuard.isUniqueViolation(e) || VersionGuard.isSerializationFailure(e)) {
                return false; // another node delivered it, or is delivering it now
            }
            throw e;
        }
    }

    private void failed(OutboxEntity row, RuntimeException refused, Instant now) {
        int attempts = row.getAttempts() + 1;
        row.setAttempts(attempts);
        row.setLastError(FailureText.of(refused));
        row.setLastAttemptAt(now.toEpochMilli());
        if (Backoff.parks(attempts)) {
            row.setDeliveredAt(PARKED);
        } else {
            row.setDeliverAt(Backoff.nextAttempt(attempts, now).toEpochMilli());
        }
        row.save();
        WakeRows.at(ao, row.getDeliveredAt() == PARKED ? null : row.getDeliverAt());
    }

    /**
     * Rows not delivered yet, parked first, then by the time they may go out next, at most {@code limit} (for the
     * administrators' outbox).
     */
    @Override
    public List<OutboxRow> undelivered(int limit) {
        List<OutboxRow> rows = new ArrayList<>();
        for (OutboxEntity row : ao.find(OutboxEntity.class, Query.select()
                .where("DELIVERED_AT <= ?", 0L).order("DELIVERED_AT, DELIVER_AT, ID").limit(limit))) {
            rows.add(toRow(row));
        }
        Map<NotificationKey, works.async.core.ItemRef> items = new OutboxItems(ao)
                .of(rows.stream().map(r -> r.notification().key()).toList());
        return rows.stream().map(r -> r.about(items.get(r.notification().key()))).toList();
    }

    /**
     * Queues a failing or parked row for delivery at {@code now} with a fresh round of attempts (an administrator
     * fixed the cause, or wants to see if it is gone). Empty when there is no such row.
     *
     * @throws works.async.core.DomainException {@code already_delivered} for a delivered row (nothing to retry)
     */
    @Override
    public Optional<OutboxRow> retry(int id, Instant now) {
        return ao.executeInTransaction(() -> {
            OutboxEntity row = byId(id);
            if (row == null) {
                return Optional.empty();
            }
            if (row.getDeliveredAt() > 0) {
                throw new works.async.core.DomainException(works.async.core.ErrorCode.ALREADY_DELIVERED, null,
                        "This notification was already delivered.");
            }
            row.setDeliveredAt(0L);
            row.setDeliverAt(now.toEpochMilli());
            row.setAttempts(0);
            row.setLastError(null);
            row.save();
            WakeRows.at(ao, row.getDeliverAt());
            OutboxRow result = toRow(row);
            return Optional.of(result.about(new OutboxItems(ao).of(List.of(result.notification().key()))
                    .get(result.notification().key())));
        });
    }

    /** Whether the row with this id was delivered (a support and test aid). */
    public boolean isDelivered(int id) {
        OutboxEntity row = byId(id);
        return row != null && row.getDeliveredAt() > 0;
    }

    /** The row, or null; AO's get would hand out a proxy for any id, so this asks the database. */
    private OutboxEntity byId(int id) {
        OutboxEntity[] rows = ao.find(OutboxEntity.class, Query.select().where("ID = ?", id));
        return rows.length == 0 ? null : rows[0];
    }

    /** Pending notifications, oldest first, at most {@code limit} (for the admin view and tests). */
    @Override
    public List<Notification> pending(int limit) {
        List<Notification> result = new ArrayList<>();
        for (OutboxEntity row : ao.find(OutboxEntity.class,
                Query.select().where("DELIVERED_AT = ?", 0L).order("DELIVER_AT, ID").limit(limit))) {
            result.add(toNotification(row));
        }
        return result;
    }

    /** How many rows carry the key: one per addressee of that decision. */
    @Override
    public int count(NotificationKey key) {
        return ao.count(OutboxEntity.class, "NOTIFICATION_KEY = ?", key.asString());
    }

    private static OutboxRow toRow(OutboxEntity row) {
        OutboxRow.State state = row.getDeliveredAt() == PARKED ? OutboxRow.State.PARKED
                : row.getAttempts() > 0 ? OutboxRow.State.FAILING : OutboxRow.State.WAITING;
        Long lastAttempt = row.getLastAttemptAt();
        return new OutboxRow(row.getID(), toNotification(row), state, row.getAttempts(), row.getLastError(),
                lastAttempt == null ? null : Instant.ofEpochMilli(lastAttempt), null);
    }

    private static Notification toNotification(OutboxEntity row) {
        // A row written by model version 1 and not yet backfilled still has the plain key in NOTE_KEY.
        String key = row.getNotificationKey() != null ? row.getNotificationKey() : row.getNoteKey();
        return new Notification(NotificationKey.parse(key), row.getAddressee(), row.getRecipient(),
                Instant.ofEpochMilli(row.getDueAt()), Instant.ofEpochMilli(row.getDeliverAt()), row.isUrgentOverride());
    }
}
