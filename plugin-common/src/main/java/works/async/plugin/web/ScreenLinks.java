package works.async.plugin.web;

import java.util.Objects;

/**
 * Where the shared screens link to in one host: the only part of {@link Screens} that differs between Jira,
 * Confluence and the sandbox, so each host's Spring config supplies it as a value.
 *
 * @param baseUrl     the host's context path prefixed to links and REST calls ({@code ""} at the root)
 * @param reportHref  where a report is read, relative to the base URL, with {@code {id}} for the report id
 * @param profileHref the host's page where people edit their own profile (and so their time zone), relative to the
 *                    base URL: Jira's {@code /secure/ViewProfile.jspa}, Confluence's
 *                    {@code /users/viewmyprofile.action}
 */
public record ScreenLinks(String baseUrl, String reportHref, String profileHref) {

    public ScreenLinks {
        baseUrl = baseUrl == null ? "" : baseUrl;
        Objects.requireNonNull(reportHref, "reportHref");
        Objects.requireNonNull(profileHref, "profileHref");
        if (!reportHref.contains("{id}")) {
            // A pattern without the id would link every report to the same page.
            throw new IllegalArgumentException("reportHref needs {id}: " + reportHref);
        }
    }
}
