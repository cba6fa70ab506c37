package works.async.plugin.spi;

import java.util.Objects;

/**
 * One issue of a host's issue list, as a report draft names it.
 *
 * @param key   issue key, such as {@code DEMO-3}
 * @param title summary as the host stores it
 * @param href  where the host shows the issue, relative to its base URL (e.g. {@code /browse/DEMO-3})
 */
public record WorkItem(String key, String title, String href) {

    public WorkItem {
        Objects.requireNonNull(key, "key");
        title = title == null ? key : title;
        href = href == null ? "" : href;
    }
}
