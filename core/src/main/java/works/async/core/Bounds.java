package works.async.core;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The limits every input is held to, in one place so that validators, REST parsing and the README agree. Each bound
 * exists so that whatever is accepted can be stored in its column, read back identically and computed with: the
 * calendar engine gives up after 25 years without working time, and a few policy columns are 450 characters.
 */
public final class Bounds {

    /** User keys, group names, meeting names, report titles: the hosts' own 255-character columns. */
    public static final int MAX_NAME = 255;
    /** Project and space keys in a policy path. */
    public static final int MAX_CONTAINER_KEY = 255;
    /** Issue and page type names in a policy path; with a container key they fit the 450-character scope id. */
    public static final int MAX_ITEM_TYPE = 150;
    /** Jira's own limit for a priority name. */
    public static final int MAX_PRIORITY_NAME = 60;
    /** Priorities with a window of their own; with their names they fit the 450-character column. */
    public static final int MAX_PRIORITIES = 10;
    /** All priority names of one policy together. */
    public static final int MAX_PRIORITY_NAMES_TOTAL = 300;
    /** Coordinators, default reviewers, report reviewers, reply recipients. */
    public static final int MAX_PEOPLE = 100;
    /** Holidays of one policy or one personal schedule: a year's worth. */
    public static final int MAX_HOLIDAYS = 366;
    /** Working intervals of one day; a week of them fits the policy's 450-character pattern column. */
    public static final int MAX_INTERVALS_PER_DAY = 5;
    /** Absences of one personal schedule. */
    public static final int MAX_ABSENCES = 100;
    /** One absence. */
    public static final Duration MAX_ABSENCE = Duration.ofDays(366);
    /**
     * All absences of one schedule together: two years, so that with the holiday bounds a calendar always has working
     * time within the engine's 25-year search (see {@code Positions.HORIZON}).
     */
    public static final Duration MAX_TIME_OFF_TOTAL = Duration.ofDays(2 * 366);
    /** First date and instant accepted anywhere. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);
    /** Last date accepted anywhere; instants must come before the day after it. */
    public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);
    public static final Instant EARLIEST = EARLIEST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    public static final Instant LATEST_EXCLUSIVE = LATEST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private Bounds() {
    }

    /**
     * What is wrong with a name or key, or null when nothing is: {@code required} (null or blank), {@code too_long},
     * or {@code control_character} (a line break in a name splits it in two wherever it is shown or stored as lines).
     */
    public static ErrorCode nameProblem(String name, int max) {
        if (isBlank(name)) {
            return ErrorCode.REQUIRED;
        }
        if (name.length() > max) {
            return ErrorCode.TOO_LONG;
        }
        return hasControl(name, false) ? ErrorCode.CONTROL_CHARACTER : null;
    }

    /**
     * What is wrong with free text kept verbatim (questions, reasons, bodies), or null: {@code too_long}, or
     * {@code control_character} for an invisible control character (line breaks and tabs are prose; NUL is not even
     * storable in PostgreSQL).
     */
    public static ErrorCode proseProblem(String text, int max) {
        if (text == null) {
            return null;
        }
        if (text.length() > max) {
            return ErrorCode.TOO_LONG;
        }
        return hasControl(text, true) ? ErrorCode.CONTROL_CHARACTER : null;
    }

    /**
     * Whether text shows nothing: null, empty, or only whitespace of any script (U+00A0, U+3000 …) and invisible
     * format characters such as the zero-width space U+200B, the byte-order mark U+FEFF or direction marks, and the
     * Hangul fillers. {@link String#isBlank()} counts only Java whitespace, so a question of one U+200B passed as
     * written text while every screen shows it empty.
     */
    public static boolean isBlank(String text) {
        if (text == null) {
            return true;
        }
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT || c == '\u115F' || c == '\u1160' || c == '\u3164'
                || c == '\uFFA0' || c == '\u2800');
    }

    /** Throws the name's problem (see {@link #nameProblem}) naming the field. */
    public static void requireName(String name, int max, String field) {
        ErrorCode problem = nameProblem(name, max);
        if (problem != null) {
            throw new DomainException(problem, field, message(problem, max));
        }
    }

    /** Throws the prose problem of the text, naming the field. */
    public static void requireProse(String text, int max, String field) {
        ErrorCode problem = proseProblem(text, max);
        if (problem != null) {
            throw new DomainException(problem, field, message(problem, max));
        }
    }

    public static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    public static boolean inRange(Instant instant) {
        return !instant.isBefore(EARLIEST) && instant.isBefore(LATEST_EXCLUSIVE);
    }

    /** English text for a problem code; adapters show the bundle's text by code instead. */
    public static String message(ErrorCode code, int max) {
        return switch (code) {
            case REQUIRED -> "Required.";
            case TOO_LONG -> "At most " + max + " characters.";
            case CONTROL_CHARACTER -> "Contains an invisible control character or a broken (unpaired) character.";
            case TOO_MANY -> "At most " + max + " entries.";
            default -> "Not valid.";
        };
    }

    private static boolean hasControl(String text, boolean prose) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return true; // half a character: UTF-8 databases store it as '?', so it would not read back
            }
            boolean allowed = prose && (c == '\n' || c == '\r' || c == '\t');
            // Line and paragraph separators break lines as surely as \n does.
            if ((Character.isISOControl(c) || c == '\u2028' || c == '\u2029') && !allowed) {
                return true;
            }
        }
        return false;
    }
}
