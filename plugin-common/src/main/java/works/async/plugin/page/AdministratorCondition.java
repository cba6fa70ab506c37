package works.async.plugin.page;

import java.util.Map;
import java.util.Objects;

import com.atlassian.plugin.web.Condition;

import works.async.plugin.access.Caller;

/**
 * Shows the administration links only to the product's administrators (SAL's admin flag). Our own condition rather
 * than one of Jira's or Confluence's condition classes, whose names and constructors for Jira 11 and Confluence 10
 * could not be checked here; the servlets refuse everyone else anyway, so the condition only keeps the menu tidy.
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
