package works.async.core.reply;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;

/** Map-backed store with the same optimistic-concurrency contract as the real ones. */
final class InMemoryReplyStore implements ReplyStore {

    final Map<String, ReplyRequest> rows = new LinkedHashMap<>();

    @Override
    public Optional<ReplyRequest> findById(String id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public List<ReplyRequest> findByGroup(String groupId) {
        return rows.values().stream().filter(r -> r.groupId().equals(groupId)).toList();
    }

    @Override
    public List<ReplyRequest> findOpenByItemAndRecipient(ItemRef item, String recipient) {
        return rows.values().stream()
                .filter(r -> r.isOpen() && r.item().equals(item) && r.recipient().equals(recipient)).toList();
    }

    @Override
    public List<ReplyRequest> findOpenByRecipient(String recipient) {
        return rows.values().stream().filter(r -> r.isOpen() && r.recipient().equals(recipient)).toList();
    }

    @Override
    public void save(ReplyRequest request, long expectedVersion) {
        ReplyRequest stored = rows.get(request.id());
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
