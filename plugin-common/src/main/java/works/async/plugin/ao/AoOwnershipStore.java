package works.async.plugin.ao;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;
import works.async.core.ItemRef;
import works.async.core.escalation.Notification;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.ownership.OwnershipState;

/** Ownership confirmation requests in Active Objects. */
public final class AoOwnershipStore implements OwnershipRequestStore {

    static final String TABLE = "OWNERSHIP";

    private final ActiveObjects ao;
    private final VersionGuard guard;
    private final Outbox outbox;

    public AoOwnershipStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.guard = new VersionGuard(ao);
        this.outbox = new Outbox(ao);
    }

    @Override
    public Optional<OwnershipRequest> findCurrent(ItemRef item) {
        OwnershipEntity[] rows = ao.find(OwnershipEntity.class, Query.select()
                .where("ITEM_KEY = ? AND ITEM_KIND = ?", item.itemKey(), item.kind().name())
                .order("OPENED_AT DESC, ID DESC").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(OwnershipMapping.toRecord(rows[0]));
    }

    @Override
    public Optional<OwnershipRequest> findById(String id) {
        return Optional.ofNullable(load(id)).map(OwnershipMapping::toRecord);
    }

    @Override
    public List<OwnershipRequest> findAwaitingDue(Instant dueBy, DueCursor after, int limit) {
        long afterDue = after.dueAt().toEpochMilli();
        return Arrays.stream(ao.find(OwnershipEntity.class, Query.select()
                        .where("STATE = ? AND DUE_AT <= ? AND (DUE_AT > ? OR (DUE_AT = ? AND ID > ?))",
                                OwnershipState.REQUESTED.name(), dueBy.toEpochMilli(), afterDue, afterDue, after.id())
                        .order("DUE_AT, ID").limit(limit)))
                .map(OwnershipMapping::toRecord).toList();
    }

    @Override
    public void save(OwnershipRequest request, long expectedVersion) {
        saveWithNotifications(request, expectedVersion, List.of());
    }

    @Override
    public void saveWithNotifications(OwnershipRequest request, long expectedVersion, List<Notification> notifications) {
        guard.inTransaction(() -> {
            guard.claim(TABLE, request.id(), expectedVersion);
            OwnershipEntity stored = load(request.id());
            VersionGuard.check(stored == null ? 0 : stored.getVersion(), expectedVersion);
            if (stored == null) {
                ao.create(OwnershipEntity.class, OwnershipMapping.columns(request));
            } else {
                OwnershipMapping.applyChanges(stored, request);
            }
            outbox.write(notifications);
            return null;
        });
    }

    private OwnershipEntity load(String id) {
        OwnershipEntity[] rows = ao.find(OwnershipEntity.class, Query.select().where("ID = ?", id));
        return rows.length == 0 ? null : rows[0];
    }
}
