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
 * @param policyHref  a project's or space's policy page, relative to the base URL, with {@code {kind}} ({@code project}
 *                    or {@code space}) and {@code {key}}; an item type's adds the parameter {@code type} (its name)
 */
public record ScreenLinks(String baseUrl, String reportHref, String profileHref, String policyHref) {

    /** Where both products' servlets serve a project's and a space's policy ({@code ?type=NAME} for an item type's). */
    public static final String PRODUCT_POLICY_HREF = "/plugins/servlet/async-work/{kind}/{key}/policy";

    /** The products' links to policy pages. */
    public ScreenLinks(String baseUrl, String reportHref, String profileHref) {
        this(baseUrl, reportHref, profileHref, PRODUCT_POLICY_HREF);
    }

    public ScreenLinks {
        baseUrl = baseUrl == null ? "" : baseUrl;
        Objects.requireNonNull(reportHref, "reportHref");
        Objects.requireNonNull(profileHref, "profileHref");
        Objects.requireNonNull(policyHref, "policyHref");
        if (!reportHref.contains("{id}")) {
            // A pattern without the id would link every report to the same page.
            throw new IllegalArgumentException("reportHref needs {id}: " + reportHref);
        }
        if (!policyHref.contains("{kind}") || !policyHref.contains("{key}")) {
            throw new IllegalArgumentException("policyHref needs {kind} and {key}: " + policyHref);
        }
    }

    /**
     * The policy page of a project, a space or one of their item types (context path included, unescaped); null for
     * the global scope, whose page each product links from its administration.
     */
    public String policy(works.async.core.policy.PolicyScope scope) {
        if (scope.isGlobal()) {
            return null;
        }
        String kind = scope.containerKind() == works.async.core.policy.PolicyScope.ContainerKind.JIRA_PROJECT
                ? "project" : "space";
        String href = baseUrl + policyHref.replace("{kind}", kind).replace("{key}", encode(scope.containerKey()));
        return scope.itemType() == null ? href
                : href + (href.contains("?") ? "&" : "?") + "type=" + encode(scope.itemType());
    }

    /** One query value or path segment ("New Feature" as New%20Feature, as both a path and a query read it). */
    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
