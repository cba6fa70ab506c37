package works.async.plugin.ao;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A bounded read of a container's rows since an instant, newest first, in keyset pages of at most
 * {@link Columns#MAX_IN_LIST} rows (no OFFSET, so the last page costs what the first does), for team insights.
 */
final class NewestFirst {

    /** One page: rows with time below {@code beforeTime}, or equal to it and id below {@code beforeId}, newest first. */
    @FunctionalInterface
    interface Page<E> {
        E[] read(long beforeTime, String beforeId, int size);
    }

    /** The WHERE clause of a page after "CONTAINER_KEY = ? AND ITEM_KIND = ?" and the time column's lower bound. */
    static String before(String timeColumn) {
        return " AND (" + timeColumn + " < ? OR (" + timeColumn + " = ? AND ID < ?))";
    }

    private NewestFirst() {
    }

    static <E, R> List<R> read(int limit, Page<E> page, ToLongFunction<E> time, Function<E, String> id,
                               Function<List<E>, List<R>> map) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit >= 0");
        }
        List<R> result = new ArrayList<>(Math.min(limit, Columns.MAX_IN_LIST));
        long beforeTime = Long.MAX_VALUE;
        String beforeId = "";
        while (result.size() < limit) {
            int size = Math.min(Columns.MAX_IN_LIST, limit - result.size());
            // The first page reads before (Long.MAX_VALUE, ""): every real row.
            E[] rows = page.read(beforeTime, beforeId, size);
            result.addAll(map.apply(List.of(rows)));
            if (rows.length < size) {
                break;
            }
            E last = rows[rows.length - 1];
            beforeTime = time.applyAsLong(last);
            beforeId = id.apply(last);
        }
        return result;
    }
}
