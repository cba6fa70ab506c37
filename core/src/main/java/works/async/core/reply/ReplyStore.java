package works.async.core.reply;

import java.util.List;
import java.util.Optional;

import works.async.core.ItemRef;

/** Port to wherever reply requests are kept (one row per recipient); hosts implement it. */
public interface ReplyStore {

    Optional<ReplyRequest> findById(String id);

    /** Every recipient's request of one question, in any state. */
    List<ReplyRequest> findByGroup(String groupId);

    /** Open requests on the item addressed to the recipient. */
    List<ReplyRequest> findOpenByItemAndRecipient(ItemRef item, String recipient);

    /** All open requests addressed to the recipient, on any item. */
    List<ReplyRequest> findOpenByRecipient(String recipient);

    /**
     * Inserts or replaces; {@code expectedVersion} is the version the caller read (0 when new).
     * A different stored version throws a {@code DomainException} with code {@code conflict}.
     */
    void save(ReplyRequest request, long expectedVersion);
}
