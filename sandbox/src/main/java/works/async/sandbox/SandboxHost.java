package works.async.sandbox;

import java.time.Clock;
import java.util.Objects;
import java.util.Set;

import com.atlassian.activeobjects.external.ActiveObjects;

import works.async.sandbox.host.ConfluenceStore;
import works.async.sandbox.host.JiraStore;
import works.async.sandbox.host.RecordingMailer;
import works.async.sandbox.host.UserStore;

/**
 * What the sandbox host hands the plugin's Spring context, as a product hands a plugin its OSGi services: the
 * plugin's Active Objects (schema already upgraded), the host's users, issues, pages and mail server, and its clock.
 *
 * @param pluginAo   Active Objects in the plugin's namespace
 * @param failMailTo user names whose notifications the mail server refuses ({@code --fail-mail-to})
 */
public record SandboxHost(ActiveObjects pluginAo, UserStore users, JiraStore jira, ConfluenceStore confluence,
                          RecordingMailer mail, Set<String> failMailTo, Clock clock) {

    public SandboxHost {
        Objects.requireNonNull(pluginAo, "pluginAo");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(jira, "jira");
        Objects.requireNonNull(confluence, "confluence");
        Objects.requireNonNull(mail, "mail");
        failMailTo = Set.copyOf(failMailTo);
        Objects.requireNonNull(clock, "clock");
    }
}
