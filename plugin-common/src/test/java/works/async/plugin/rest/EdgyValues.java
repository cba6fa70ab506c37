package works.async.plugin.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** Generated input at and beyond every bound the API holds: control characters, long text, huge lists, far dates. */
final class EdgyValues {

    static final ObjectMapper JSON = new ObjectMapper();

    private EdgyValues() {
    }

    /** Names and keys: ordinary, at and over 255 characters, with control or line-breaking characters, other scripts. */
    static Arbitrary<String> names() {
        return Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(2)
                        .map(c -> "bob" + c + "GROUPX"),
                Arbitraries.integers().between(50, 70).map(n -> "p".repeat(n)),
                Arbitraries.of("x".repeat(255), "x".repeat(256), "y".repeat(5000), "\ud83d\ude00 émilie", "名前", " ", "",
                        "bob\nGROUPX", "a\u2028b", "tab\there", "back\\slash", "USER:colon", "#hash", "\u001B[31m"));
    }

    /** Mostly what a person would type, sometimes an edge: so that both outcomes are exercised often. */
    static <T> Arbitrary<T> mostly(Arbitrary<T> ordinary, Arbitrary<T> edgy) {
        return Arbitraries.frequencyOf(Tuple.of(3, ordinary), Tuple.of(1, edgy));
    }

    /** Free text: prose with line breaks, control characters, text at and over the usual limits. */
    static Arbitrary<String> prose() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.strings().alpha().withChars('\n', '\r', '\t', ' ').ofMinLength(1).ofMaxLength(200),
                Arbitraries.integers().between(3990, 4010).map(n -> "a".repeat(n)),
                Arbitraries.integers().between(9995, 10005).map(n -> "q".repeat(n)),
                Arbitraries.of("Line one\nline two", "nul\u0000byte", "bell\u0007", "  spaced  ", "<b>bold</b> & \"quoted\"",
                        "\ud83d\ude00\ud83d\ude00", "\u202Eright-to-left"));
    }

    /** Instants as text, from ordinary to the far ends of what ISO-8601 can write, and some that are not instants. */
    static Arbitrary<String> instants() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(Instant.parse("2026-03-02T10:00:00Z").getEpochSecond(),
                        Instant.parse("2030-01-01T00:00:00Z").getEpochSecond()).map(s -> Instant.ofEpochSecond(s).toString()),
                Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
                        .map(s -> Instant.ofEpochSecond(s).toString()),
                Arbitraries.of("+100000-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
                        "1999-12-31T23:59:59Z", "2000-01-01T00:00:00Z", "2199-12-31T23:59:59Z", "2200-01-01T00:00:00Z",
                        "2026-03-02T10:00:00.123456789Z", "soon", "2026-03-02T10:00:00", ""));
    }

    /** Dates as text, likewise. */
    static Arbitrary<String> dates() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(LocalDate.of(2026, 1, 1).toEpochDay(), LocalDate.of(2028, 1, 1).toEpochDay())
                        .map(d -> LocalDate.ofEpochDay(d).toString()),
                Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                        .map(d -> LocalDate.ofEpochDay(d).toString()),
                Arbitraries.of("1999-12-31", "2000-01-01", "2199-12-31", "2200-01-01", "+999999999-12-31", "2026-02-30",
                        "tomorrow", ""));
    }

    /** A run of consecutive days: at and beyond the 366-day bound, and the 2,200 that once stopped the job. */
    static Arbitrary<List<String>> dayRuns() {
        return Arbitraries.of(0, 1, 5, 366, 367, 2_200).map(n -> {
            List<String> days = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                days.add(LocalDate.of(2026, 3, 2).plusDays(i).toString());
            }
            return days;
        });
    }

    /** Clock times as typed on a form. */
    static Arbitrary<String> times() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 24).flatMap(h -> Arbitraries.of(0, 1, 30, 59, 60)
                        .map(m -> String.format("%02d:%02d", h, m))),
                Arbitraries.of("9:00", "24:00", "00:00", "23:59:30", "", "noon"));
    }

    /** Working minutes or counts: ordinary, at the bounds, and overflowing. */
    static Arbitrary<Long> minutes() {
        return Arbitraries.oneOf(Arbitraries.longs().between(1, 5_000),
                Arbitraries.of(-1L, 0L, 525_600L, 525_601L, 1_000_000_001L, Long.MAX_VALUE, Long.MIN_VALUE));
    }

    /** A list of the given elements: usually short, sometimes at or beyond the 100-entry bound. */
    static <T> Arbitrary<List<T>> lists(Arbitrary<T> elements) {
        return Arbitraries.oneOf(elements.list().ofMaxSize(4),
                Arbitraries.of(100, 101, 1_000).flatMap(n -> elements.list().ofSize(n)));
    }

    /** A JSON object of the entries whose value is not null. */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * The JSON as the server parses it: sent as UTF-8, where half a surrogate pair cannot be written and arrives as
     * '?', so that is what "read back intact" compares with.
     */
    static JsonNode asReceived(String json) {
        try {
            return JSON.readTree(new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
