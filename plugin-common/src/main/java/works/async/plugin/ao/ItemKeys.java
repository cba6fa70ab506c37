package works.async.plugin.ao;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The item keys of rows read for a JQL function: only the columns it needs, each key once, in the rows' order. */
final class ItemKeys {

    /** AO builds an entity from its id, so the id is read along with the key. */
    static final String COLUMNS = "ID, ITEM_KEY";

    private ItemKeys() {
    }

    static <E> List<String> distinct(E[] rows, Function<E, String> itemKey) {
        Set<String> keys = new LinkedHashSet<>();
        for (E row : rows) {
            keys.add(itemKey.apply(row));
        }
        return List.copyOf(keys);
    }
}
