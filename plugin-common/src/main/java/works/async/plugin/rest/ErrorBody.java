package works.async.plugin.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every error answer: a stable code, a translated message and the offending field (or null); forms
 * that can have several problems at once also list each of them.
 *
 * @param error    stable machine-readable code, e.g. {@code not_found}
 * @param message  text for people, from the i18n bundle
 * @param field    path of the input to blame, or null
 * @param problems every problem of a refused form, or absent
 */
public record ErrorBody(String error, String message, String field,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<Problem> problems) {

    /**
     * One problem of a refused form.
     *
     * @param field   path such as {@code reply.windowsByPriority.High}
     * @param code    stable reason
     * @param message translated text
     */
    public record Problem(String field, String code, String message) {
    }

    public static ErrorBody of(String error, String message, String field) {
        return new ErrorBody(error, message, field, null);
    }
}
