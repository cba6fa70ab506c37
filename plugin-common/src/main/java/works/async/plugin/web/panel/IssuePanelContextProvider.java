package works.async.plugin.web.panel;

import com.atlassian.plugin.web.ContextProvider;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import works.async.core.DomainException;
import works.async.plugin.web.Screens;

/**
 * Context of the issue panel web panel ({@code atl.jira.view.issue.right.context}): adds {@code panel}, the
 * IssuePanelView of the issue being viewed, or leaves it out when the viewer may not see the issue's agreements
 * (the template then prints nothing).
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
        String issueKey = issueKey(context);
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

    /**
     * The key of the issue being viewed: {@code issueKey} as the sandbox passes it, or the key of Jira's
     * {@code issue} context entry ({@code com.atlassian.jira.issue.Issue#getKey()}, read reflectively because the
     * default build cannot compile against jira-api).
     */
    static String issueKey(Map<String, Object> context) {
        Object key = context.get("issueKey");
        if (key instanceof String s) {
            return s;
        }
        Object issue = context.get("issue");
        if (issue == null) {
            return null;
        }
        try {
            Method getKey = issue.getClass().getMethod("getKey");
            Object value = getKey.invoke(issue);
            return value instanceof String s ? s : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
