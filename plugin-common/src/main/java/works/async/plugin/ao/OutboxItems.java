package works.async.plugin.ao;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;
import net.java.ao.RawEntity;
import works.async.core.ItemRef;
import works.async.core.escalation.DeadlineKind;
import works.async.core.escalation.NotificationKey;
import works.async.core.report.ReviewerRef;
import works.async.core.report.SeriesOccurrence;

/**
 * The issue or page each outbox row is about, looked up for one displayed page of rows: a notification key names its
 * request, and the request's row holds the item. One IN query per kind of request on the page (at most four), so
 * the outbox stores no copy of the item that could drift.
 */
final class OutboxItems {

    private final ActiveObjects ao;

    OutboxItems(ActiveObjects ao) {
        this.ao = ao;
    }

    /** The item of each key whose request still exists. */
    Map<NotificationKey, ItemRef> of(Collection<NotificationKey> keys) {
        Map<DeadlineKind, Set<String>> idsByKind = new HashMap<>();
        for (NotificationKey key : keys) {
            String rowId = rowId(key);
            if (rowId != null) {
                idsByKind.computeIfAbsent(key.kind(), k -> new LinkedHashSet<>()).add(rowId);
            }
        }
        Map<String, ItemRef> byRow = new HashMap<>();
        idsByKind.forEach((kind, ids) -> {
            Map<String, ItemRef> items = switch (kind) {
                case REPLY -> items(ReplyRequestEntity.class, ids, ReplyRequestEntity::getId,
                        e -> Columns.item(e.getItemKind(), e.getContainerKey(), e.getItemKey()));
                case OWNERSHIP -> items(OwnershipEntity.class, ids, OwnershipEntity::getId,
                        e -> Columns.item(e.getItemKind(), e.getContainerKey(), e.getItemKey()));
                case REPORT_FEEDBACK -> items(ReportEntity.class, ids, ReportEntity::getId,
                        e -> Columns.item(e.getItemKind(), e.getContainerKey(), e.getItemKey()));
                case REPORT_SERIES -> items(ReportSeriesEntity.class, ids, ReportSeriesEntity::getId,
                        e -> Columns.item(e.getItemKind(), e.getContainerKey(), e.getItemKey()));
            };
            items.forEach((id, item) -> byRow.put(kind + ":" + id, item));
        });
        Map<NotificationKey, ItemRef> result = new HashMap<>();
        for (NotificationKey key : keys) {
            String rowId = rowId(key);
            ItemRef item = rowId == null ? null : byRow.get(key.kind() + ":" + rowId);
            if (item != null) {
                result.put(key, item);
            }
        }
        return result;
    }

    /**
     * The id of the row that holds the item: the request itself, the report of a reviewer's deadline or the series of
     * an occurrence's reminder; null for a key that names no such row (a hand-edited one), whose outbox row is then
     * listed without its item rather than failing the whole list.
     */
    private static String rowId(NotificationKey key) {
        String id = key.requestId();
        try {
            return switch (key.kind()) {
                case REPORT_FEEDBACK -> ReviewerRef.parse(id).reportId();
                case REPORT_SERIES -> SeriesOccurrence.parse(id).seriesId();
                default -> id;
            };
        } catch (works.async.core.DomainException malformed) {
            return null;
        }
    }

    private <E extends RawEntity<String>> Map<String, ItemRef> items(Class<E> type, Set<String> ids,
                                                                   Function<E, String> id, Function<E, ItemRef> item) {
        Map<String, ItemRef> found = new HashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += Columns.MAX_IN_LIST) {
            Object[] chunk = all.subList(from, Math.min(all.size(), from + Columns.MAX_IN_LIST)).toArray();
            for (E e : ao.find(type, Query.select("ID, ITEM_KIND, CONTAINER_KEY, ITEM_KEY")
                    .where("ID IN (" + Columns.placeholders(chunk.length) + ")", chunk))) {
                found.put(id.apply(e), item.apply(e));
            }
        }
        return found;
    }
}
