package works.async.plugin.ao;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * One page of the escalation pass's scan of rows whose next check has come, in (NEXT_CHECK_AT, ID) order strictly
 * after a keyset position, read so that every statement is an ordered range on the (NEXT_CHECK_AT, ID) index.
 *
 * <p>Why two statements after the first page: the portable "a > x OR (a = x AND id > y)" lets the database use only
 * the first column (PostgreSQL collects and sorts the whole backlog for each page, or, written as a range plus a
 * filter, re-walks every row sharing the last moment: 100,000 rows due at one moment took 36 s to read). Row-value
 * comparison is not portable to every supported database. So a page first takes the rest of the last moment's rows
 * (equality on the first column, range on the id) and then the later moments (a range on the first column), each
 * an index walk that stops at the page's end. Settled rows hold NULL, which no range matches: never read.
 */
final class DueScan {

    private DueScan() {
    }

    /**
     * @param afterAt the next check of the last row read, {@code Long.MIN_VALUE} before the first page
     * @param afterId the id of the last row read
     */
    static <E extends RawEntity<K>, K> List<E> page(ActiveObjects ao, Class<E> type, Instant now, long afterAt,
                                                 Object afterId, int limit) {
        long until = now.toEpochMilli();
        List<E> rows = new ArrayList<>(Math.min(limit, 1_000));
        if (afterAt != Long.MIN_VALUE) {
            rows.addAll(Arrays.asList(ao.find(type, Query.select()
                    .where("NEXT_CHECK_AT = ? AND ID > ?", afterAt, afterId).order("ID").limit(limit))));
        }
        if (rows.size() < limit) {
            rows.addAll(Arrays.asList(ao.find(type, Query.select()
                    .where("NEXT_CHECK_AT <= ? AND NEXT_CHECK_AT > ?", until, afterAt)
                    .order("NEXT_CHECK_AT, ID").limit(limit - rows.size()))));
        }
        return rows;
    }
}
