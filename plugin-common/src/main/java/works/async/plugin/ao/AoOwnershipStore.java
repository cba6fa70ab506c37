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
import works.async.core.ownership.OwnershipRequest;
import works.async.core.ownership.OwnershipState;
import works.async.plugin.followup.DueCursor;
import works.async.plugin.followup.Followup;
import works.async.plugin.followup.GuardedWrite;
import works.async.plugin.followup.Scheduled;
import works.async.plugin.ownership.OwnershipRequestStore;

/** Ownership confirmation requests in Active Objects. */
public final class AoOwnershipStore implements OwnershipRequestStore {

    static final String TABLE = "OWNERSHIP";
    /**
     * How many of an item's newest requests {@link #findCurrent} looks at for the active one: an item has at most
     * one active request, opened after every request it superseded, so it is always among the newest few.
     */
    static final int CURRENT_WINDOW = 10;

    private final ActiveObjects ao;
    private final VersionGuard guard;
    private final Outbox outbox;
    private final GuardedPage<OwnershipRequest, OwnershipEntity> pages;

    public AoOwnershipStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.guard = new VersionGuard(ao);
        this.outbox = new Outbox(ao);
        this.pages = new GuardedPage<>(ao, TABLE, OwnershipEntity.class, OwnershipRequest::id, OwnershipEntity::getId,
                OwnershipEntity::getVersion, OwnershipMapping::columns, OwnershipMapping::applyChanges,
                this::write);
    }

    /**
     * The active request if one is among the newest {@value #CURRENT_WINDOW}, else the newest that was not
     * superseded, else the newest. Ordering by opening time alone is not enough: superseding an owner and asking the
     * next one can happen in the same millisecond, and the id (a random UUID) then decides between the superseded and
     * the new request by chance. A superseded request always has a successor, so once the successor is closed too
     * (withdrawn, declined...) it is the successor that is current. One query either way, so the panel keeps its three.
     */
    @Override
    public Optional<OwnershipRequest> findCurrent(ItemRef item) {
        return findWithHistory(item).current();
    }

    /** The newest {@value #CURRENT_WINDOW} rows: the current one as {@link #findCurrent} picks it, the rest before it. */
    @Override
    public ItemOwnership findWithHistory(ItemRef item) {
        OwnershipEntity[] rows = ao.find(OwnershipEntity.class, Query.select()
                .where("ITEM_KEY = ? AND ITEM_KIND = ?", item.itemKey(), item.kind().name())
                .order("OPENED_AT DESC, ID DESC").limit(CURRENT_WINDOW));
        List<OwnershipRequest> newestFirst = Arrays.stream(rows).map(OwnershipMapping::toRecord).toList();
        Optional<OwnershipRequest> current = current(newestFirst);
        return new ItemOwnership(current, newestFirst.stream()
                .filter(r -> current.map(c -> !c.id().equals(r.id())).orElse(true))
                // Only what came before the current request: a superseded one opened in the same millisecond counts.
                .filter(r -> current.map(c -> !r.openedAt().isAfter(c.openedAt())).orElse(true))
                .toList());
    }

    private static Optional<OwnershipRequest> current(List<OwnershipRequest> newestFirst) {
        if (newestFirst.isEmpty()) {
            return Optional.empty();
        }
        for (OwnershipRequest r : newestFirst) {
            if (r.state().isActive()) {
                return Optional.of(r);
            }
        }
        for (OwnershipRequest r : newestFirst) {
            if (r.state() != OwnershipState.SUPERSEDED) {
                return Optional.of(r);
            }
        }
        return Optional.of(newestFirst.get(0));
    }

    /** The range {@code STATE = REQUESTED} of the (state, due) index, read in its order. */
    @Override
    public List<String> findItemKeysUnconfirmed(ItemRef.Kind kind, int limit) {
        return ItemKeys.distinct(ao.find(OwnershipEntity.class, Query.select(ItemKeys.COLUMNS)
                .where("STATE = ? AND ITEM_KIND = ?", OwnershipState.REQUESTED.name(), kind.name())
                .order("DUE_AT, ID").limit(limit)), OwnershipEntity::getItemKey);
    }

    @Override
    public List<OwnershipRequest> findUnconfirmedInContainer(ItemRef.Kind kind, String containerKey, int limit) {
        return Arrays.stream(ao.find(OwnershipEntity.class, Query.select()
                        .where("CONTAINER_KEY = ? AND ITEM_KIND = ? AND STATE = ?", containerKey, kind.name(),
                                OwnershipState.REQUESTED.name())
                        .order("DUE_AT, ID").limit(limit)))
                .map(OwnershipMapping::toRecord).toList();
    }

    @Override
    public List<OwnershipRequest> findWaitingForOwner(String owner, int limit) {
        return Arrays.stream(ao.find(OwnershipEntity.class, Query.select()
                        .where("OWNER_KEY = ? AND STATE = ?", owner, OwnershipState.REQUESTED.name())
                        .order("DUE_AT, ID").limit(limit)))
                .map(OwnershipMapping::toRecord).toList();
    }

    @Override
    public List<OwnershipRequest> findByOwnerOpenedSince(String owner, Instant since, int limit) {
        return Arrays.stream(ao.find(OwnershipEntity.class, Query.select()
                        .where("OWNER_KEY = ? AND OPENED_AT >= ?", owner, since.toEpochMilli())
                        .order("OPENED_AT DESC, ID DESC").limit(limit)))
                .map(OwnershipMapping::toRecord).toList();
    }

    @Override
    public Optional<OwnershipRequest> findById(String id) {
        return Optional.ofNullable(load(id)).map(OwnershipMapping::toRecord);
    }


    /**
     * Requests on the container's items of that kind opened at or after {@code since}, newest first, at most
     * {@code limit}, read in indexed keyset pages (team insights).
     */
    public List<OwnershipRequest> findByContainerOpenedSince(ItemRef.Kind kind, String containerKey, Instant since, int limit) {
        return NewestFirst.read(limit, (beforeTime, beforeId, size) -> ao.find(OwnershipEntity.class, Query.select()
                        .where("CONTAINER_KEY = ? AND ITEM_KIND = ? AND OPENED_AT >= ?" + NewestFirst.before("OPENED_AT"),
                                containerKey, kind.name(), since.toEpochMilli(), beforeTime, beforeTime, beforeId)
                        .order("OPENED_AT DESC, ID DESC").limit(size)),
                OwnershipEntity::getOpenedAt, OwnershipEntity::getId,
                rows -> rows.stream().map(OwnershipMapping::toRecord).toList());
    }

    @Override
    public List<Scheduled<OwnershipRequest>> findCheckDue(Instant now, DueCursor after, int limit) {
        long afterAt = after.dueAt().toEpochMilli();
        return DueScan.page(ao, OwnershipEntity.class, now, afterAt, after.id(), limit).stream()
                .map(e -> new Scheduled<>(OwnershipMapping.toRecord(e), OwnershipMapping.followup(e))).toList();
    }

    /** Rows the pass could not plan, soonest retry first, at most {@code limit} (the administrators' attention list).
     * Not indexed: every index costs each escalation's UPDATE, and this list is read rarely, by administrators. */
    @Override
    public List<Scheduled<OwnershipRequest>> findWithProblems(int limit) {
        return Arrays.stream(ao.find(OwnershipEntity.class, Query.select().where("PROBLEM_RETRIES > ?", 0)
                        .order("NEXT_CHECK_AT, ID").limit(limit)))
                .map(e -> new Scheduled<>(OwnershipMapping.toRecord(e), OwnershipMapping.followup(e))).toList();
    }

    @Override
    public void save(OwnershipRequest request, long expectedVersion) {
        saveWithNotifications(request, expectedVersion, List.of());
    }

    @Override
    public void saveWithNotifications(OwnershipRequest request, long expectedVersion, List<Notification> notifications) {
        write(request, expectedVersion, notifications, null);
    }

    /** The guarded single-row write; a null followup: see {@link GuardedWrite#followup}. */
    private void write(OwnershipRequest request, long expectedVersion, List<Notification> notifications, Followup followup) {
        guard.inTransaction(() -> {
            guard.claim(TABLE, request.id(), expectedVersion);
            OwnershipEntity stored = load(request.id());
            VersionGuard.check(stored == null ? 0 : stored.getVersion(), expectedVersion);
            if (stored == null) {
                Map<String, Object> columns = OwnershipMapping.columns(request, followup);
                ao.create(OwnershipEntity.class, columns);
                WakeRows.at(ao, (Long) columns.get("NEXT_CHECK_AT"));
            } else {
                Long before = stored.getNextCheckAt();
                OwnershipMapping.applyChanges(stored, request, followup);
                WakeRows.moved(ao, before, stored.getNextCheckAt());
            }
            outbox.write(notifications);
            return null;
        });
    }

    @Override
    public Set<String> saveAllWithNotifications(List<GuardedWrite<OwnershipRequest>> writes) {
        return pages.saveAll(writes);
    }

    private OwnershipEntity load(String id) {
        OwnershipEntity[] rows = ao.find(OwnershipEntity.class, Query.select().where("ID = ?", id));
        return rows.length == 0 ? null : rows[0];
    }
}
