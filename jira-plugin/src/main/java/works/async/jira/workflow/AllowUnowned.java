package works.async.jira.workflow;

import java.util.Map;

/**
 * The one option of the validator and the condition: whether an issue with no ownership request (nobody was asked to
 * own it, or its last request ended without a successor) may pass. Off unless the admin says otherwise, so a check
 * added as "ownership confirmed" is strict until loosened on purpose.
 */
final class AllowUnowned {

    /** The descriptor arg and the form field, one name for both. */
    static final String ARG = "allow-unowned";

    private AllowUnowned() {
    }

    /** Reads the option from a descriptor's raw args map (osworkflow stores every arg as a String). */
    static boolean in(Map<?, ?> args) {
        return args != null && "true".equals(args.get(ARG));
    }

    /**
     * The descriptor arg from the posted form, where Jira hands every field over as a String[]; a missing field or any
     * other value means off, never an error, so a stale or hand-made form cannot loosen the check by accident.
     */
    static String fromForm(Map<String, Object> form) {
        Object value = form == null ? null : form.get(ARG);
        boolean on = value instanceof String[] values && values.length == 1 && "true".equals(values[0]);
        return Boolean.toString(on);
    }
}
