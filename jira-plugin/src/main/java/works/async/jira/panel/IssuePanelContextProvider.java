package works.async.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import works.async.core.DomainException;
import works.async.plugin.web.Screens;

/**
 * Context of the issue panel web panel ({@code atl.jira.view.issue.right.context}): adds {@code panel}, the
 * IssuePanelView of the issue Jira passes as {@code issue}, or leaves it out when there is no issue or the viewer may
 * not see the issue's agreements (the template then prints nothing).
 */
public final class IssuePanelContextProvider implements ContextProvider {

    private final Screens screens;

    public IssuePanelContextProvider(Screens screens) {
        this.screens = Objects.requireNonNull(screens, "screens");
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        String issueKey = context.get("issue") instanceof Issue issue ? issue.getKey() : null;
        if (issueKey == null) {
            return result;
        }
        try {
            result.putAll(screens.issuePanel(issueKey).context());
        } catch (DomainException refused) {
            // Not visible or not signed in: the panel shows nothing rather than an error in the issue view.
            result.remove("panel");
        }
        return result;
    }
}
