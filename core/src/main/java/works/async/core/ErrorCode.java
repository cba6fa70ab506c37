package works.async.core;

import java.util.Objects;

/**
 * Why a domain rule refused something: one constant per refusal, each with the snake_case id that REST answers
 * carry as {@code "error"} and that the i18n bundles key their texts by ({@code async-work.error.<id>}), and the
 * kind of refusal, which fixes the HTTP status. The ids are a published contract: never change one.
 */
public enum ErrorCode {

    // Bad input: the same request will keep failing until it is corrected.
    REQUIRED("required", Kind.INVALID),
    TOO_LONG("too_long", Kind.INVALID),
    TOO_MANY("too_many", Kind.INVALID),
    CONTROL_CHARACTER("control_character", Kind.INVALID),
    OUT_OF_RANGE("out_of_range", Kind.INVALID),
    INVALID_NUMBER("invalid_number", Kind.INVALID),
    INVALID_TIME("invalid_time", Kind.INVALID),
    INVALID_DATE("invalid_date", Kind.INVALID),
    INVALID_INSTANT("invalid_instant", Kind.INVALID),
    INVALID_RANGE("invalid_range", Kind.INVALID),
    INVALID_INTERVAL("invalid_interval", Kind.INVALID),
    EMPTY_INTERVAL("empty_interval", Kind.INVALID),
    OVERLAPPING_INTERVALS("overlapping_intervals", Kind.INVALID),
    EMPTY_PATTERN("empty_pattern", Kind.INVALID),
    NEGATIVE_DURATION("negative_duration", Kind.INVALID),
    UNKNOWN_ZONE("unknown_zone", Kind.INVALID),
    INVALID_WINDOW("invalid_window", Kind.INVALID),
    INVALID_DUE("invalid_due", Kind.INVALID),
    INVALID_KIND("invalid_kind", Kind.INVALID),
    INVALID_SCOPE("invalid_scope", Kind.INVALID),
    /** A policy for an item type its project or space does not have (Jira: not in the project's issue types). */
    UNKNOWN_TYPE("unknown_type", Kind.INVALID),
    INVALID_VERSION("invalid_version", Kind.INVALID),
    INVALID_RECIPIENT("invalid_recipient", Kind.INVALID),
    INVALID_REVIEWER("invalid_reviewer", Kind.INVALID),
    RECIPIENT_CANNOT_VIEW("recipient_cannot_view", Kind.INVALID),
    UNKNOWN_USER("unknown_user", Kind.INVALID),
    /** A group name the host does not know (a policy's coordinators or escalation group). */
    UNKNOWN_GROUP("unknown_group", Kind.INVALID),
    UNSUPPORTED_VALUE("unsupported_value", Kind.INVALID),
    NOT_AUTOMATIC("not_automatic", Kind.INVALID),
    ZONE_FROM_PROFILE("zone_from_profile", Kind.INVALID),
    INVALID_REFERENCE("invalid_reference", Kind.INVALID),
    /** A policy form with problems; the answer lists each one. */
    INVALID_POLICY("invalid_policy", Kind.INVALID),
    /** A schedule form with problems; the answer lists each one. */
    INVALID_SCHEDULE("invalid_schedule", Kind.INVALID),

    UNAUTHENTICATED("unauthenticated", Kind.UNAUTHENTICATED),
    FORBIDDEN("forbidden", Kind.FORBIDDEN),
    NOT_FOUND("not_found", Kind.NOT_FOUND),

    // The state of the thing, not the request, is in the way: the same request may work after a reload or later.
    CONFLICT("conflict", Kind.CONFLICT),
    ILLEGAL_TRANSITION("illegal_transition", Kind.CONFLICT),
    REPORT_CLOSED("report_closed", Kind.CONFLICT),
    ALREADY_DELIVERED("already_delivered", Kind.CONFLICT),
    /** A series' report date was already handled (a repeated or concurrent "done"): the series is at a later date. */
    SERIES_MOVED_ON("series_moved_on", Kind.CONFLICT),
    /** A state of that person's calendar, not a mistake in the request. */
    NO_WORKING_TIME("no_working_time", Kind.CONFLICT);

    /** The kinds of refusal, each answered with one HTTP status and, lacking a text of the code's own, one text. */
    public enum Kind {
        INVALID(400, "invalid"),
        UNAUTHENTICATED(401, "unauthenticated"),
        FORBIDDEN(403, "forbidden"),
        NOT_FOUND(404, "not_found"),
        CONFLICT(409, "conflict");

        private final int httpStatus;
        private final String genericId;

        Kind(int httpStatus, String genericId) {
            this.httpStatus = httpStatus;
            this.genericId = genericId;
        }

        /** The status every REST adapter answers this kind with. */
        public int httpStatus() {
            return httpStatus;
        }

        /** Id of the generic text shown when a code has no text of its own ({@code async-work.error.<id>}). */
        public String genericId() {
            return genericId;
        }
    }

    private final String id;
    private final Kind kind;

    ErrorCode(String id, Kind kind) {
        this.id = Objects.requireNonNull(id);
        this.kind = Objects.requireNonNull(kind);
    }

    /** The wire id, e.g. {@code not_found}: the REST {@code "error"} value and the bundle key's last part. */
    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }
}
