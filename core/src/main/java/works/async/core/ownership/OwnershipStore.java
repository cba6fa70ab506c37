package works.async.core.ownership;

import java.util.Optional;

import works.async.core.ItemRef;

/** Port to wherever ownership requests are kept; hosts implement it (Active Objects, in-memory). */
public interface OwnershipStore {

    /** The most recently opened request for the item, whatever its state. */
    Optional<OwnershipRequest> findCurrent(ItemRef item);

    Optional<OwnershipRequest> findById(String id);

    /**
     * Inserts or replaces the request. {@code expectedVersion} is the version the caller read
     * (0 for a new request); if the stored version differs, throws a {@code DomainException}
     * with code {@code conflict} and writes nothing.
     */
    void save(OwnershipRequest request, long expectedVersion);
}
