package works.async.plugin.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import works.async.core.Bounds;
import works.async.core.DomainException;
import works.async.core.ErrorCode;

/**
 * Parses the text forms the API takes (instants with {@code Z}, ISO dates), naming the field on bad input. Instants and
 * dates outside 2000–2199 are refused here ({@code out_of_range}): ISO text reaches year 1,000,000,000, beyond what
 * epoch milliseconds hold, and nothing the product plans is that far away.
 */
public final class Parse {

    private Parse() {
    }

    /**
     * An ISO-8601 instant such as {@code 2026-03-02T09:00:00Z}; null stays null. Finer than milliseconds is cut to
     * milliseconds, the store's precision, so what is answered now is what a later read answers.
     */
    static Instant instant(String text, String field) {
        if (text == null) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(text).truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException e) {
            throw new DomainException(ErrorCode.INVALID_INSTANT, field, "Not an ISO-8601 instant.");
        }
        if (!Bounds.inRange(instant)) {
            throw new DomainException(ErrorCode.OUT_OF_RANGE, field, "A time between " + Bounds.EARLIEST + " and "
                    + Bounds.LATEST_EXCLUSIVE + ".");
        }
        return instant;
    }

    static Instant requiredInstant(String text, String field) {
        if (text == null) {
            throw new DomainException(ErrorCode.REQUIRED, field, "Required.");
        }
        return instant(text, field);
    }

    /** An ISO date such as {@code 2026-12-25}; null stays null. */
    static LocalDate date(String text, String field) {
        if (text == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new DomainException(ErrorCode.INVALID_DATE, field, "Not an ISO date.");
        }
        if (!Bounds.inRange(date)) {
            throw new DomainException(ErrorCode.OUT_OF_RANGE, field, "A date between " + Bounds.EARLIEST_DATE + " and "
                    + Bounds.LATEST_DATE + ".");
        }
        return date;
    }

    /**
     * A whole number given as a query parameter, e.g. {@code ?limit=20}; absent or empty stays null. Resources take
     * such parameters as text and parse them here because JAX-RS answers a failed {@code Integer} conversion with a
     * bare 404, as if the path did not exist, where the caller needs a 400 naming the parameter.
     */
    static Integer integer(String text, String field) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new DomainException(ErrorCode.INVALID_NUMBER, field, "Not a whole number.");
        }
    }

    public static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
