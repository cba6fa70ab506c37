package works.async.jira.web;

import java.util.Map;
import java.util.Objects;

import com.atlassian.plugin.web.Condition;

import works.async.plugin.access.Caller;

/**
 * Shows the administration links only to Jira administrators. Our own condition rather than one of Jira's condition
 * classes, whose names and constructors for Jira 11 could not be checked here; the servlets refuse everyone else
 * anyway, so the condition only keeps the menu tidy.
 */
public final class AdministratorCondition implements Condition {

    private final Caller caller;

    public AdministratorCondition(Caller caller) {
        this.caller = Objects.requireNonNull(caller, "caller");
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return caller.isAdmin();
    }
}
