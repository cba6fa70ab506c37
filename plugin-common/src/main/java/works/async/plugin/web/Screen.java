package works.async.plugin.web;

import java.util.Objects;

/**
 * What every view-model assembler needs for one rendering: who is looking, how to name people and times,
 * and where the REST API lives. Built per request; never handed to a template.
 *
 * @param viewer  the signed-in user
 * @param people  people lookups, cached for this rendering
 * @param times   time formatting for this viewer
 * @param texts   the UI bundle
 * @param baseUrl the host's context path (e.g. {@code ""} or {@code "/jira"}), prefixed to REST and page links
 */
public record Screen(Person viewer, People people, TimeTexts times, Texts texts, String baseUrl) {

    public static final String REST_PATH = "/rest/async-work/1.0";

    public Screen {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(people, "people");
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(texts, "texts");
        baseUrl = baseUrl == null ? "" : baseUrl;
    }

    public String restBase() {
        return baseUrl + REST_PATH;
    }

    public boolean isViewer(String userKey) {
        return viewer.key().equals(userKey);
    }
}
