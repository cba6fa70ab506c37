package works.async.plugin.followup;

import java.time.Instant;
import java.util.Objects;

/**
 * Keyset position in a scan ordered by (due time, id): the next page starts strictly after it, so a page
 * costs the same whether it is the first or the thousandth (no OFFSET).
 *
 * @param dueAt due time of the last row read
 * @param id    id of the last row read
 */
public record DueCursor(Instant dueAt, String id) {

    public DueCursor {
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(id, "id");
    }

    /** Before every row. */
    public static DueCursor start() {
        return new DueCursor(Instant.ofEpochMilli(Long.MIN_VALUE), "");
    }
}
