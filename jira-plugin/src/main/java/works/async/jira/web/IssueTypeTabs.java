package works.async.jira.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import com.atlassian.jira.issue.issuetype.IssueType;

import works.async.plugin.page.ScopeTabs;

/**
 * The tabs above a project's policy form: the whole project, then each issue type of the project's scheme, each a
 * link to its own policy page ({@code ?issueType=ID}).
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
        List<ScopeTabs.Tab> tabs = new ArrayList<>();
        tabs.add(new ScopeTabs.Tab(pageHref, allLabel, selectedId == null));
        for (IssueType type : types) {
            tabs.add(new ScopeTabs.Tab(pageHref + "?issueType=" + URLEncoder.encode(type.getId(), StandardCharsets.UTF_8),
                    type.getName(), Objects.equals(type.getId(), selectedId)));
        }
        return ScopeTabs.html(tabs);
    }
}
