package works.async.plugin.rest;

import java.util.Objects;

import com.atlassian.sal.api.message.I18nResolver;

/**
 * Error texts from the shared i18n bundle, chosen by code; a code without its own text gets the generic text of
 * its kind, never the English text of a domain rule, so every message a person reads is translatable.
 */
public final class Messages {

    static final String ERROR_PREFIX = "async-work.error.";
    static final String PROBLEM_PREFIX = "async-work.problem.";

    private final I18nResolver i18n;

    public Messages(I18nResolver i18n) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    /** The text for an error code, e.g. {@code async-work.error.not_found}, else the fallback code's text. */
    public String error(String code, String fallbackCode) {
        // A form problem raised on its own (e.g. an interval's invalid_time) reads as that problem's text.
        return lookup(ERROR_PREFIX + code).or(() -> lookup(PROBLEM_PREFIX + code))
                .orElseGet(() -> text(ERROR_PREFIX + fallbackCode));
    }

    /** The text for one form problem by its code, else the generic "this value is not valid". */
    public String problem(String code) {
        return lookup(PROBLEM_PREFIX + code).orElseGet(() -> text(PROBLEM_PREFIX + "invalid"));
    }

    /**
     * The text for a problem on one field: the field's own text for the code where the bundle has one (e.g.
     * {@code async-work.problem.out_of_range.reply.reminderFraction}, so a percentage is not told about years), else
     * the code's. Entry indexes ({@code [2]}) and a priority's name after the per-priority windows do not count.
     */
    public String problem(String code, String field) {
        return field == null ? problem(code) : lookup(PROBLEM_PREFIX + code + "." + fieldKey(field)).orElseGet(() -> problem(code));
    }

    static String fieldKey(String field) {
        String key = field.replaceAll("\\[\\d+]", "");
        String windows = works.async.core.policy.PolicyField.WINDOWS_BY_PRIORITY;
        return key.startsWith(windows + ".") ? windows : key;
    }

    private java.util.Optional<String> lookup(String key) {
        String text = i18n.getText(key);
        // SAL answers the key itself (or nothing) when the bundle has no such entry.
        return text == null || text.equals(key) ? java.util.Optional.empty() : java.util.Optional.of(text);
    }

    private String text(String key) {
        return lookup(key).orElse(key);
    }
}
