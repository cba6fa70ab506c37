package works.async.plugin.web.macro;

import works.async.plugin.web.ViewModel;
import java.util.List;

/**
 * The working agreement in plain words, from the effective policy, and where its acknowledgements stand.
 *
 * @param scopeText  "Working agreement of space TEAM"
 * @param statements one plain sentence per rule, in reading order
 * @param channels   which channel to use for what, exactly as the admin typed it (user text), or null
 * @param urgentPath how to reach someone urgently, exactly as typed (user text), or null
 * @param acknowledgedText "You acknowledged this agreement on 2 Dec 2026.", or null while the viewer has not
 * @param acknowledgementsText "3 members acknowledged this agreement." (a count, never names), or null where members
 *                   do not acknowledge (the global agreement)
 * @param acknowledgePath the REST path that records the viewer's acknowledgement, or null where there is none
 * @param restBase   where the REST API lives, or null with no acknowledgements
 */
@ViewModel
public record AgreementView(String scopeText, List<String> statements, String channels, String urgentPath,
                            String acknowledgedText, String acknowledgementsText, String acknowledgePath,
                            String restBase) {

    public AgreementView {
        statements = List.copyOf(statements);
    }

    /** The agreement alone, without acknowledgements (the global one). */
    public AgreementView(String scopeText, List<String> statements, String channels, String urgentPath) {
        this(scopeText, statements, channels, urgentPath, null, null, null, null);
    }

    public boolean hasChannels() {
        return channels != null && !channels.isEmpty();
    }

    public boolean hasUrgentPath() {
        return urgentPath != null && !urgentPath.isEmpty();
    }

    /** The id the screen refreshes by after an acknowledgement, one per container. */
    public String elementId() {
        return "async-work-agreement" + (acknowledgePath == null ? "" : acknowledgePath.replaceAll("[^A-Za-z0-9]+", "-"));
    }

    public boolean hasAcknowledgements() {
        return acknowledgementsText != null;
    }

    /** Whether the viewer may acknowledge it now: members do, once. */
    public boolean mayAcknowledge() {
        return acknowledgePath != null && acknowledgedText == null;
    }
}
