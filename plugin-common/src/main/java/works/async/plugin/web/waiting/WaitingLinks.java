package works.async.plugin.web.waiting;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import works.async.core.ItemRef;
import works.async.core.policy.PolicyScope.ContainerKind;

/**
 * Where the "waiting for me" page links each thing in one host, relative to its base URL: the only part of the page
 * that differs between Jira, Confluence and the sandbox, so each host's Spring config supplies it as a value. A host
 * without issues or pages gives the pattern of the other product's; nothing of that kind is ever listed there.
 *
 * @param issueHref   an issue, with {@code {key}}: Jira's {@code /browse/{key}}
 * @param pageHref    a page, with {@code {id}} and optionally {@code {space}}: Confluence's
 *                    {@code /pages/viewpage.action?pageId={id}}
 * @param projectHref a project's page with its working agreement, with {@code {key}}
 * @param spaceHref   a space, where its working-agreement macro is read, with {@code {key}}
 */
public record WaitingLinks(String issueHref, String pageHref, String projectHref, String spaceHref) {

    public WaitingLinks {
        require(issueHref, "{key}", "issueHref");
        require(pageHref, "{id}", "pageHref");
        require(projectHref, "{key}", "projectHref");
        require(spaceHref, "{key}", "spaceHref");
    }

    /**
     * The products' pages: Jira's issue view and the plugin's project page, Confluence's page view and space home
     * ({@code /display/KEY}, which Confluence keeps serving for links into a space). Each product only ever links the
     * kinds it has, so one value serves both.
     */
    public static WaitingLinks products() {
        return new WaitingLinks("/browse/{key}", "/pages/viewpage.action?pageId={id}",
                "/plugins/servlet/async-work/project/{key}", "/display/{key}");
    }

    /** Where an issue or page is shown. */
    public String item(ItemRef item) {
        if (item.kind() == ItemRef.Kind.JIRA_ISSUE) {
            return issueHref.replace("{key}", encode(item.itemKey()));
        }
        return pageHref.replace("{space}", encode(item.containerKey())).replace("{id}", encode(item.itemKey()));
    }

    /** Where a project's or space's working agreement is read and acknowledged. */
    public String agreement(ContainerKind kind, String containerKey) {
        return (kind == ContainerKind.JIRA_PROJECT ? projectHref : spaceHref).replace("{key}", encode(containerKey));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void require(String pattern, String placeholder, String name) {
        Objects.requireNonNull(pattern, name);
        if (!pattern.contains(placeholder)) {
            // A pattern without its placeholder would link every item to the same page.
            throw new IllegalArgumentException(name + " needs " + placeholder + ": " + pattern);
        }
    }
}
