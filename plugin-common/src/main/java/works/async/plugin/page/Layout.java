package works.async.plugin.page;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the product decorates one of the plugin's pages (SiteMesh, in both products): which decorator wraps it, the meta
 * tags of the head the decorator reads (the current menu entry, the project of a sidebar...) and, for decorators that
 * read them (Confluence's), {@code <content tag="...">} elements of the body. Each product builds its layouts with
 * its own names; this type only carries them to {@link Pages}.
 *
 * @param decorator the decorator's name ({@code atl.admin}, {@code atl.general}, {@code main}...)
 * @param title     the page title, unescaped
 * @param meta      head meta tags, by name, in order
 * @param content   body content tags, by tag, in order
 */
public record Layout(String decorator, String title, Map<String, String> meta, Map<String, String> content) {

    public Layout {
        Objects.requireNonNull(decorator, "decorator");
        Objects.requireNonNull(title, "title");
        meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        content = Collections.unmodifiableMap(new LinkedHashMap<>(content));
    }

    /** A layout with meta tags only. */
    public Layout(String decorator, String title, Map<String, String> meta) {
        this(decorator, title, meta, Map.of());
    }
}
