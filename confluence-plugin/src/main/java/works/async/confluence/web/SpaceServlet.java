package works.async.confluence.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import works.async.core.policy.PolicyScope;
import works.async.plugin.access.Access;
import works.async.plugin.page.ContainerServlet;
import works.async.plugin.page.Gate;
import works.async.plugin.page.Pages;
import works.async.plugin.page.ScopeTabs;
import works.async.plugin.web.Screens;

/**
 * A space's pages in space tools, {@code /plugins/servlet/async-work/space/KEY/...}:
 * <ul>
 *   <li>{@code policy}: the space's policy, or with {@code ?type=page} / {@code ?type=action-item} the policy of the
 *   space's pages or of its action items, for those who may change it (space administrators, or Confluence
 *   administrators);</li>
 *   <li>{@code insights}: the space's team figures, for everyone who may see the space.</li>
 * </ul>
 * A space the user cannot see is answered like one that does not exist (404), so nobody learns its key; a space they
 * see but may not administer answers 403.
 */
public final class SpaceServlet extends ContainerServlet {

    /** The descriptor's web-item keys in space tools. */
    static final String POLICY_ITEM = "async-work-space-policy";
    static final String INSIGHTS_ITEM = "async-work-space-insights";

    /** The item types a space's policy can be narrowed to: Confluence's pages and the action items written in them. */
    static final List<String> ITEM_TYPES = works.async.confluence.spi.ConfluenceItemAccess.ITEM_TYPES;

    private final transient Screens screens;

    public SpaceServlet(Gate gate, Pages pages, Screens screens) {
        super(gate, pages, PolicyScope.ContainerKind.CONFLUENCE_SPACE, null, Set.of("policy", "insights"));
        this.screens = Objects.requireNonNull(screens, "screens");
    }

    @Override
    protected void page(HttpServletRequest request, HttpServletResponse response, String key, String page)
            throws IOException {
        if (page.equals("insights")) {
            pages().screen(response, ConfluenceLayout.spaceTools(
                    pages().text("async-work.confluence.web.insights.title", key), key, INSIGHTS_ITEM), "",
                    () -> screens.spaceInsights(key));
        } else {
            policy(request, response, key);
        }
    }

    private void policy(HttpServletRequest request, HttpServletResponse response, String key) throws IOException {
        PolicyScope spaceScope = PolicyScope.confluenceSpace(key);
        if (!gate().access().mayEditPolicy(spaceScope)) {
            pages().message(response, HttpServletResponse.SC_FORBIDDEN,
                    pages().text("async-work.confluence.web.error.space.admin", key));
            return;
        }
        String type = request.getParameter("type");
        if (type != null && type.isBlank()) {
            type = null;
        }
        if (type != null && !ITEM_TYPES.contains(type)) {
            pages().refusal(response, Access.notFound());
            return;
        }
        PolicyScope scope = type == null ? spaceScope : spaceScope.withItemType(type);
        String href = request.getContextPath() + "/plugins/servlet/async-work/space/"
                + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20") + "/policy";
        List<ScopeTabs.Tab> tabs = new ArrayList<>();
        tabs.add(new ScopeTabs.Tab(href, pages().text("async-work.confluence.web.policy.space.all"), type == null));
        tabs.add(new ScopeTabs.Tab(href + "?type=page", pages().text("async-work.confluence.web.policy.type.page"),
                "page".equals(type)));
        tabs.add(new ScopeTabs.Tab(href + "?type=action-item",
                pages().text("async-work.confluence.web.policy.type.action-item"), "action-item".equals(type)));
        pages().screen(response, ConfluenceLayout.spaceTools(
                pages().text("async-work.confluence.web.space.policy.title", key), key, POLICY_ITEM),
                ScopeTabs.html(tabs), () -> screens.policy(scope));
    }
}
