package works.async.plugin.web.macro;

import works.async.plugin.web.ViewModel;
import java.util.List;

/**
 * The working agreement in plain words, from the effective policy.
 *
 * @param scopeText  "Working agreement of space TEAM"
 * @param statements one plain sentence per rule, in reading order
 * @param channels   which channel to use for what, exactly as the admin typed it (user text), or null
 * @param urgentPath how to reach someone urgently, exactly as typed (user text), or null
 */
@ViewModel
public record AgreementView(String scopeText, List<String> statements, String channels, String urgentPath) {

    public AgreementView {
        statements = List.copyOf(statements);
    }

    public boolean hasChannels() {
        return channels != null && !channels.isEmpty();
    }

    public boolean hasUrgentPath() {
        return urgentPath != null && !urgentPath.isEmpty();
    }
}
