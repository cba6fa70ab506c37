package works.async.plugin.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import works.async.core.DomainException;

/** Parses the text forms the API takes (instants with {@code Z}, ISO dates), naming the field on bad input. */
final class Parse {

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
        try {
            return Instant.parse(text).truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException e) {
            throw new DomainException("invalid_instant", field, "Not an ISO-8601 instant.");
        }
    }

    static Instant requiredInstant(String text, String field) {
        if (text == null) {
            throw new DomainException("required", field, "Required.");
        }
        return instant(text, field);
    }

    /** An ISO date such as {@code 2026-12-25}; null stays null. */
    static LocalDate date(String text, String field) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new DomainException("invalid_date", field, "Not an ISO date.");
        }
    }

    static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
