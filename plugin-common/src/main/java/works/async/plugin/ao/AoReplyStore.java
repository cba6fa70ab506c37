package works.async.plugin.ao;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;
import works.async.core.ItemRef;
import works.async.core.escalation.Notification;
import works.async.core.reply.ReplyRequest;
import works.async.core.reply.ReplyState;
import works.async.plugin.followup.DueCursor;
import works.async.plugin.followup.Followup;
import works.async.plugin.followup.GuardedWrite;
import works.async.plugin.followup.Scheduled;
import works.async.plugin.reply.ReplyRequestStore;

/** Reply requests in Active Objects, one row per recipient. */
public final class AoReplyStore implements ReplyRequestStore {

    static final String TABLE = "REPLY_REQUEST";

    private final ActiveObjects ao;
    private final VersionGuard guard;
    private final Outbox outbox;
    private final GuardedPage<ReplyRequest, ReplyRequestEntity> pages;

    public AoReplyStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.guard = new VersionGuard(ao);
        this.outbox = new Outbox(ao);
        this.pages = new GuardedPage<>(ao, TABLE, ReplyRequestEntity.class, ReplyRequest::id, ReplyRequestEntity::getId,
                ReplyRequestEntity::getVersion, ReplyRequestMapping::columns, ReplyRequestMapping::applyChanges,
                this::write);
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
    public List<ReplyRequest> findOpenByRecipient(String recipient, int limit) {
        return list(Query.select().where("RECIPIENT = ? AND STATE = ?", recipient, ReplyState.OPEN.name())
                .order("DUE_AT, ID").limit(limit));
    }

    @Override
    public List<ReplyRequest> findByRecipientOpenedSince(String recipient, Instant since, int limit) {
        return list(Query.select().where("RECIPIENT = ? AND OPENED_AT >= ?", recipient, since.toEpochMilli())
                .order("OPENED_AT DESC, ID DESC").limit(limit));
    }

    /** Open requests on the item, oldest first, at most {@code limit} (closing them when the item is deleted). */
    /** Reads only the id and key (AO needs the id) of each row: the question, unbounded text, stays on disk. */
    @Override
    public List<String> findItemKeysAwaitingReplyFrom(ItemRef.Kind kind, String recipient, int limit) {
        return ItemKeys.distinct(ao.find(ReplyRequestEntity.class, Query.select(ItemKeys.COLUMNS)
                .where("RECIPIENT = ? AND STATE = ? AND ITEM_KIND = ?", recipient, ReplyState.OPEN.name(), kind.name())
                .order("DUE_AT, ID").limit(limit)), ReplyRequestEntity::getItemKey);
    }

    /** The range {@code STATE = OPEN AND DUE_AT < now} of the (state, due) index, read in its order. */
    @Override
    public List<String> findItemKeysOverdue(ItemRef.Kind kind, Instant now, int limit) {
        return ItemKeys.distinct(ao.find(ReplyRequestEntity.class, Query.select(ItemKeys.COLUMNS)
                .where("STATE = ? AND DUE_AT < ? AND ITEM_KIND = ?", ReplyState.OPEN.name(), now.toEpochMilli(),
                        kind.name())
                .order("DUE_AT, ID").limit(limit)), ReplyRequestEntity::getItemKey);
    }

    @Override
    public List<ReplyRequest> findOverdueInContainer(ItemRef.Kind kind, String containerKey, Instant now, int limit) {
        return list(Query.select().where("CONTAINER_KEY = ? AND ITEM_KIND = ? AND STATE = ? AND DUE_AT < ?",
                containerKey, kind.name(), ReplyState.OPEN.name(), now.toEpochMilli()).order("DUE_AT, ID").limit(limit));
    }

    @Override
    public List<ReplyRequest> findOpenByItem(ItemRef item, int limit) {
        return list(Query.select().where("ITEM_KEY = ? AND ITEM_KIND = ? AND STATE = ?", item.itemKey(),
                item.kind().name(), ReplyState.OPEN.name()).order("OPENED_AT, ID").limit(limit));
    }

    @Override
    public List<ReplyRequest> findByItem(ItemRef item, int limit) {
        return list(Query.select().where("ITEM_KEY = ? AND ITEM_KIND = ?", item.itemKey(), item.kind().name())
                .order("OPENED_AT DESC, ID DESC").limit(limit));
    }


    /**
     * Requests on the container's items of that kind opened at or after {@code since}, newest first, at most
     * {@code limit}, read in indexed keyset pages (team insights).
     */
    public List<ReplyRequest> findByContainerOpenedSince(ItemRef.Kind kind, String containerKey, Instant since, int limit) {
        return NewestFirst.read(limit, (beforeTime, beforeId, size) -> ao.find(ReplyRequestEntity.class, Query.select()
                        .where("CONTAINER_KEY = ? AND ITEM_KIND = ? AND OPENED_AT >= ?" + NewestFirst.before("OPENED_AT"),
                                containerKey, kind.name(), since.toEpochMilli(), beforeTime, beforeTime, beforeId)
                        .order("OPENED_AT DESC, ID DESC").limit(size)),
                ReplyRequestEntity::getOpenedAt, ReplyRequestEntity::getId,
                rows -> rows.stream().map(ReplyRequestMapping::toRecord).toList());
    }

    @Override
    public List<Scheduled<ReplyRequest>> findCheckDue(Instant now, DueCursor after, int limit) {
        long afterAt = after.dueAt().toEpochMilli();
        return DueScan.page(ao, ReplyRequestEntity.class, now, afterAt, after.id(), limit).stream()
                .map(e -> new Scheduled<>(ReplyRequestMapping.toRecord(e), ReplyRequestMapping.followup(e))).toList();
    }

    /** Rows the pass could not plan, soonest retry first, at most {@code limit} (the administrators' attention list).
     * Not indexed: every index costs each escalation's UPDATE, and this list is read rarely, by administrators. */
    @Override
    public List<Scheduled<ReplyRequest>> findWithProblems(int limit) {
        return Arrays.stream(ao.find(ReplyRequestEntity.class, Query.select().where("PROBLEM_RETRIES > ?", 0)
                        .order("NEXT_CHECK_AT, ID").limit(limit)))
                .map(e -> new Scheduled<>(ReplyRequestMapping.toRecord(e), ReplyRequestMapping.followup(e))).toList();
    }

    @Override
    public void save(ReplyRequest request, long expectedVersion) {
        saveWithNotifications(request, expectedVersion, List.of());
    }

    @Override
    public void saveWithNotifications(ReplyRequest request, long expectedVersion, List<Notification> notifications) {
        write(request, expectedVersion, notifications, null);
    }

    /** The guarded single-row write; a null followup: see {@link GuardedWrite#followup}. */
    private void write(ReplyRequest request, long expectedVersion, List<Notification> notifications, Followup followup) {
        guard.inTransaction(() -> {
            guard.claim(TABLE, request.id(), expectedVersion);
            ReplyRequestEntity stored = load(request.id());
            VersionGuard.check(stored == null ? 0 : stored.getVersion(), expectedVersion);
            if (stored == null) {
                Map<String, Object> columns = ReplyRequestMapping.columns(request, followup);
                ao.create(ReplyRequestEntity.class, columns);
                WakeRows.at(ao, (Long) columns.get("NEXT_CHECK_AT"));
            } else {
                Long before = stored.getNextCheckAt();
                ReplyRequestMapping.applyChanges(stored, request, followup);
                WakeRows.moved(ao, before, stored.getNextCheckAt());
            }
            outbox.write(notifications);
            return null;
        });
    }

    @Override
    public Set<String> saveAllWithNotifications(List<GuardedWrite<ReplyRequest>> writes) {
        return pages.saveAll(writes);
    }

    private ReplyRequestEntity load(String id) {
        ReplyRequestEntity[] rows = ao.find(ReplyRequestEntity.class, Query.select().where("ID = ?", id));
        return rows.length == 0 ? null : rows[0];
    }

    private List<ReplyRequest> list(Query query) {
        return Arrays.stream(ao.find(ReplyRequestEntity.class, query)).map(ReplyRequestMapping::toRecord).toList();
    }
}
