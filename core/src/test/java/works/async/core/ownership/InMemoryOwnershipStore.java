package works.async.core.ownership;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;

/** Map-backed store with the same optimistic-concurrency contract as the real ones. */
class InMemoryOwnershipStore implements OwnershipStore {

    final Map<String, OwnershipRequest> rows = new LinkedHashMap<>();

    @Override
    public Optional<OwnershipRequest> findCurrent(ItemRef item) {
        OwnershipRequest latest = null;
        for (OwnershipRequest r : rows.values()) {
            if (r.item().equals(item)) {
                latest = r; // insertion order = opening order
            }
        }
        return Optional.ofNullable(latest);
    }

    @Override
    public Optional<OwnershipRequest> findById(String id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public void save(OwnershipRequest request, long expectedVersion) {
        OwnershipRequest stored = rows.get(request.id());
        long storedVersion = stored == null ? 0 : stored.version();
        if (storedVersion != expectedVersion) {
            throw new DomainException(ErrorCode.CONFLICT, null, "Changed by someone else.");
        }
        if (request.version() != expectedVersion + 1) {
            throw new AssertionError("service must bump the version by one");
        }
        rows.put(request.id(), request);
    }
}
