package works.async.core.report;

import works.async.core.DomainException;
import works.async.core.ErrorCode;

/**
 * The one spelling of the composite references stored in rows and outbox keys, {@code "first/second"}: each type
 * says which of its parts may itself contain '/', and so at which '/' the text splits.
 */
final class References {

    private References() {
    }

    /** The two parts around the first '/' (or the last), each non-empty; anything else is not a reference. */
    static String[] split(String text, boolean atLastSlash, String what) {
        int slash = text == null ? -1 : atLastSlash ? text.lastIndexOf('/') : text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            throw invalid(what, "expected two parts joined by '/', was " + quoted(text));
        }
        return new String[] {text.substring(0, slash), text.substring(slash + 1)};
    }

    /** A part that must not be blank. */
    static String requirePart(String part, String name, String what) {
        if (part == null || part.isBlank()) {
            throw invalid(what, "the " + name + " is missing");
        }
        return part;
    }

    /** A leading part: not blank and without '/', so that the first '/' of the text always ends it. */
    static String requireLeadingId(String part, String name, String what) {
        requirePart(part, name, what);
        if (part.indexOf('/') >= 0) {
            throw invalid(what, "the " + name + " must not contain '/', was " + quoted(part));
        }
        return part;
    }

    static DomainException invalid(String what, String why) {
        return new DomainException(ErrorCode.INVALID_REFERENCE, null, "Not a " + what + " reference: " + why + ".");
    }

    static String quoted(String text) {
        if (text == null) {
            return "nothing";
        }
        // Stored values are short; a long one is shown cut, since only its shape matters here.
        return "'" + (text.length() > 80 ? text.substring(0, 80) + "…" : text) + "'";
    }
}
