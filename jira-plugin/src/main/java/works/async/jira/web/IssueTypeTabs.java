package works.async.jira.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Objects;

import com.atlassian.jira.issue.issuetype.IssueType;

import works.async.plugin.web.Html;

/**
 * The row of tabs above a project's policy form: the whole project, then each issue type of the project's scheme,
 * each a link to its own policy page ({@code ?issueType=ID}). The shared policy screen edits one scope and has no
 * selector of its own, so the Jira page adds this one.
 */
final class IssueTypeTabs {

    private IssueTypeTabs() {
    }

    /**
     * @param pageHref   the project's policy page (already context-path prefixed, unescaped)
     * @param types      the project's issue types, in Jira's order
     * @param selectedId the issue type shown, or null for the whole project
     * @param allLabel   the whole project's tab text
     */
    static String html(String pageHref, Collection<IssueType> types, String selectedId, String allLabel) {
        StringBuilder out = new StringBuilder()
                .append("<nav class=\"aui-navgroup aui-navgroup-horizontal async-work-policy-scopes\">")
                .append("<div class=\"aui-navgroup-inner\"><div class=\"aui-navgroup-primary\"><ul class=\"aui-nav\">");
        tab(out, pageHref, allLabel, selectedId == null);
        for (IssueType type : types) {
            tab(out, pageHref + "?issueType=" + URLEncoder.encode(type.getId(), StandardCharsets.UTF_8), type.getName(),
                    Objects.equals(type.getId(), selectedId));
        }
        return out.append("</ul></div></div></nav>\n").toString();
    }

    private static void tab(StringBuilder out, String href, String label, boolean selected) {
        out.append(selected ? "<li class=\"aui-nav-selected\">" : "<li>").append("<a href=\"").append(Html.escape(href))
                .append('"').append(selected ? " aria-current=\"page\"" : "").append('>').append(Html.escape(label))
                .append("</a></li>");
    }
}
