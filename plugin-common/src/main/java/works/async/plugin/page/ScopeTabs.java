package works.async.plugin.page;

import java.util.List;

import works.async.plugin.web.Html;

/**
 * The row of tabs above a container's policy form: the whole project or space, then each of its item types, each a
 * link to its own policy page. The shared policy screen edits one scope and has no selector of its own, so the
 * product's page adds this one.
 */
public final class ScopeTabs {

    /** One tab: its link (already context-path prefixed, unescaped), its text and whether it is the page shown. */
    public record Tab(String href, String label, boolean selected) {
    }

    private ScopeTabs() {
    }

    public static String html(List<Tab> tabs) {
        StringBuilder out = new StringBuilder()
                .append("<nav class=\"aui-navgroup aui-navgroup-horizontal async-work-policy-scopes\">")
                .append("<div class=\"aui-navgroup-inner\"><div class=\"aui-navgroup-primary\"><ul class=\"aui-nav\">");
        for (Tab tab : tabs) {
            out.append(tab.selected() ? "<li class=\"aui-nav-selected\">" : "<li>").append("<a href=\"")
                    .append(Html.escape(tab.href())).append('"').append(tab.selected() ? " aria-current=\"page\"" : "")
                    .append('>').append(Html.escape(tab.label())).append("</a></li>");
        }
        return out.append("</ul></div></div></nav>\n").toString();
    }
}
