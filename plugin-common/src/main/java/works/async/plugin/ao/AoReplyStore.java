package works.async.plugin.ao;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;
import works.async.core.DomainException;
import works.async.core.ItemRef;
import works.async.core.escalation.Notification;
import works.async.core.reply.ReplyRequest;
import works.async.core.reply.ReplyState;

/** Reply requests in Active Objects, one row per recipient. */
public final class AoReplyStore implements ReplyRequestStore {

    static final String TABLE = "REPLY_REQUEST";

    private final ActiveObjects ao;
    private final VersionGuard guard;
    private final Outbox outbox;

    public AoReplyStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.guard = new VersionGuard(ao);
        this.outbox = new Outbox(ao);
    }

    @Override
    public Optional<ReplyRequest> findById(String id) {
        return Optional.ofNullable(load(id)).map(ReplyRequestMapping::toRecord);
    }

    @Override
    public List<ReplyRequest> findByGroup(String groupId) {
        return list(Query.select().where("GROUP_ID = ?", groupId).order("OPENED_AT, ID"));
    }

    @Override
    public List<ReplyRequest> findOpenByItemAndRecipient(ItemRef item, String recipient) {
        return list(Query.select().where("ITEM_KEY = ? AND ITEM_KIND = ? AND RECIPIENT = ? AND STATE = ?",
                item.itemKey(), item.kind().name(), recipient, ReplyState.OPEN.name()).order("OPENED_AT, ID"));
    }

    @Override
    public List<ReplyRequest> findOpenByRecipient(String recipient) {
        return list(Query.select().where("RECIPIENT = ? AND STATE = ?", recipient, ReplyState.OPEN.name())
                .order("DUE_AT, ID"));
    }

    @Override
    public List<ReplyRequest> findByItem(ItemRef item, int limit) {
        return list(Query.select().where("ITEM_KEY = ? AND ITEM_KIND = ?", item.itemKey(), item.kind().name())
                .order("OPENED_AT DESC, ID DESC").limit(limit));
    }

    @Override
    public List<ReplyRequest> findOpenDue(Instant dueBy, DueCursor after, int limit) {
        long afterDue = after.dueAt().toEpochMilli();
        return list(Query.select()
                .where("STATE = ? AND DUE_AT <= ? AND (DUE_AT > ? OR (DUE_AT = ? AND ID > ?))",
                        ReplyState.OPEN.name(), dueBy.toEpochMilli(), afterDue, afterDue, after.id())
                .order("DUE_AT, ID").limit(limit));
    }

    @Override
    public void save(ReplyRequest request, long expectedVersion) {
        saveWithNotifications(request, expectedVersion, List.of());
    }

    @Override
    public void saveWithNotifications(ReplyRequest request, long expectedVersion, List<Notification> notifications) {
        guard.inTransaction(() -> {
            guard.claim(TABLE, request.id(), expectedVersion);
            ReplyRequestEntity stored = load(request.id());
            VersionGuard.check(stored == null ? 0 : stored.getVersion(), expectedVersion);
            if (stored == null) {
                ao.create(ReplyRequestEntity.class, ReplyRequestMapping.columns(request));
            } else {
                ReplyRequestMapping.applyChanges(stored, request);
            }
            outbox.write(notifications);
            return null;
        });
    }

    @Override
    public Set<String> saveAllWithNotifications(List<GuardedWrite<ReplyRequest>> writes) {
        if (writes.isEmpty()) {
            return Set.of();
        }
        if (writes.size() > Columns.MAX_IN_LIST) {
            throw new IllegalArgumentException("at most " + Columns.MAX_IN_LIST + " writes per page");
        }
        try {
            return guard.inTransaction(() -> writePage(writes));
        } catch (DomainException e) {
            if (!"conflict".equals(e.code())) {
                throw e;
            }
        }
        // Someone claimed one of the rows while the page was being written, so the whole page was rolled back
        // (PostgreSQL aborts the transaction at the failed claim). Row by row, only the contested rows are skipped.
        Set<String> skipped = new LinkedHashSet<>();
        for (GuardedWrite<ReplyRequest> w : writes) {
            try {
                saveWithNotifications(w.record(), w.expectedVersion(), w.notifications());
            } catch (DomainException e) {
                if (!"conflict".equals(e.code())) {
                    throw e;
                }
                skipped.add(w.record().id());
            }
        }
        return skipped;
    }

    /** Claims every row, re-reads them all in one query, then writes the ones still at the version they were read at. */
    private Set<String> writePage(List<GuardedWrite<ReplyRequest>> writes) {
        Map<String, Long> expected = new LinkedHashMap<>();
        for (GuardedWrite<ReplyRequest> w : writes) {
            if (expected.put(w.record().id(), w.expectedVersion()) != null) {
                throw new IllegalArgumentException("request " + w.record().id() + " twice in one page");
            }
        }
        guard.claimAll(TABLE, expected);
        Map<String, ReplyRequestEntity> stored = new HashMap<>();
        for (ReplyRequestEntity row : ao.find(ReplyRequestEntity.class, Query.select()
                .where("ID IN (" + Columns.placeholders(expected.size()) + ")", expected.keySet().toArray()))) {
            stored.put(row.getId(), row);
        }
        Map<String, Long> written = new LinkedHashMap<>();
        Map<String, Long> stale = new LinkedHashMap<>();
        List<Notification> notifications = new ArrayList<>();
        for (GuardedWrite<ReplyRequest> w : writes) {
            ReplyRequestEntity row = stored.get(w.record().id());
            if ((row == null ? 0 : row.getVersion()) != w.expectedVersion()) {
                stale.put(w.record().id(), w.expectedVersion());
                continue;
            }
            if (row == null) {
                ao.create(ReplyRequestEntity.class, ReplyRequestMapping.columns(w.record()));
            } else {
                ReplyRequestMapping.applyChanges(row, w.record());
            }
            written.put(w.record().id(), w.expectedVersion());
            notifications.addAll(w.notifications());
        }
        guard.forget(TABLE, written, stale);
        outbox.write(notifications);
        return new LinkedHashSet<>(stale.keySet());
    }

    private ReplyRequestEntity load(String id) {
        ReplyRequestEntity[] rows = ao.find(ReplyRequestEntity.class, Query.select().where("ID = ?", id));
        return rows.length == 0 ? null : rows[0];
    }

    private List<ReplyRequest> list(Query query) {
        return Arrays.stream(ao.find(ReplyRequestEntity.class, query)).map(ReplyRequestMapping::toRecord).toList();
    }
}
