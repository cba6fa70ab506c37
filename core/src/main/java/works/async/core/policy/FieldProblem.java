package works.async.core.policy;

import java.util.Objects;

import works.async.core.ErrorCode;

/**
 * One thing wrong with submitted settings, addressed by field path so a form can show it next to the input.
 *
 * @param field   path such as {@code reply.windowsByPriority.High} or {@code timeOff[0].to}
 * @param code    stable machine-readable reason, e.g. {@code out_of_range}
 * @param message human-readable explanation (adapters may translate by code)
 */
public record FieldProblem(String field, String code, String message) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** A single refusal reported as one problem of a form: the refusal's wire id is the problem's code. */
    public FieldProblem(String field, ErrorCode code, String message) {
        this(field, code.id(), message);
    }
}
