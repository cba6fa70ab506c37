package works.async.plugin.ao;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import works.async.core.policy.EscalationTarget;
import works.async.core.policy.PolicyScope;
import works.async.core.policy.Principal;
import works.async.core.time.DailyInterval;
import works.async.core.time.WeeklyPattern;

/**
 * Text forms of the policy's collection values. A stored list starts with {@code #} so that an empty list ("#")
 * differs from null ("inherit") on every database (Oracle stores '' as NULL); entries are one per line. Control
 * characters inside an entry are escaped ({@link #escape}), so any value round-trips, and a value that validation
 * accepts (no control characters) is stored exactly as typed, the same as older versions wrote it.
 *
 * <p>Reading is lenient: an entry that cannot be read (rows written by older versions held coordinators with a line
 * break, which split into a line without a kind) is skipped, and a value that cannot be read at all reads as null,
 * "inherit". A stored policy therefore always reads, so an administrator can see it and save a repaired one.
 */
final class PolicyCodec {

    private static final String MARK = "#";
    /** Starts an escape: the next character is the escaped control character plus 0x40 ({@code \n} becomes ESC J). */
    private static final char ESC = '\u001B';

    private PolicyCodec() {
    }

    static String scopeKey(PolicyScope scope) {
        return switch (scope.level()) {
            case GLOBAL -> "GLOBAL";
            case CONTAINER -> "CONTAINER:" + scope.containerKind() + ":" + scope.containerKey();
            case ITEM_TYPE -> "ITEM_TYPE:" + scope.containerKind() + ":" + scope.containerKey().length() + ":"
                    + scope.containerKey() + ":" + scope.itemType();
        };
    }

    static <T> String lines(Set<T> values, Function<T, String> text) {
        if (values == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        values.forEach(v -> lines.add(text.apply(v)));
        return join(lines);
    }

    /** An ordered list of lines, duplicates kept; null stays null. */
    static String list(List<String> lines) {
        return lines == null ? null : join(lines);
    }

    /** Inverse of {@link #list(List)}. */
    static List<String> list(String stored) {
        return stored == null ? null : entries(stored);
    }

    static <T> Set<T> set(String stored, Function<String, T> parse) {
        if (stored == null) {
            return null;
        }
        Set<T> values = new LinkedHashSet<>();
        for (String line : entries(stored)) {
            T value = readable(() -> parse.apply(line));
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    static String principal(Principal p) {
        return p.kind() + ":" + p.name();
    }

    /** A principal, or null for a line without a known kind or a name. */
    static Principal principal(String line) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            return null;
        }
        return new Principal(Principal.Kind.valueOf(line.substring(0, colon)), line.substring(colon + 1));
    }

    static String windows(Map<String, Duration> windows) {
        if (windows == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        windows.forEach((priority, window) -> lines.add(window.toMillis() + "\t" + priority));
        return join(lines);
    }

    static Map<String, Duration> windows(String stored) {
        if (stored == null) {
            return null;
        }
        Map<String, Duration> windows = new LinkedHashMap<>();
        for (String line : entries(stored)) {
            int tab = line.indexOf('\t');
            Duration window = tab < 0 ? null : readable(() -> Duration.ofMillis(Long.parseLong(line.substring(0, tab))));
            if (window != null) {
                windows.put(line.substring(tab + 1), window);
            }
        }
        return windows;
    }

    /** One line per working day: {@code MONDAY 540-1020 780-900} (minutes of the day). */
    static String pattern(WeeklyPattern pattern) {
        if (pattern == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<DailyInterval> intervals = pattern.intervals(day);
            if (!intervals.isEmpty()) {
                StringBuilder line = new StringBuilder(day.name());
                intervals.forEach(i -> line.append(' ').append(i.startMinute()).append('-').append(i.endMinute()));
                lines.add(line.toString());
            }
        }
        return join(lines);
    }

    /** The stored pattern, or null ("inherit") when it cannot be read. */
    static WeeklyPattern pattern(String stored) {
        return stored == null ? null : readable(() -> readPattern(stored));
    }

    private static WeeklyPattern readPattern(String stored) {
        Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
        for (String line : entries(stored)) {
            String[] parts = line.split(" ");
            List<DailyInterval> intervals = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                String[] bounds = parts[i].split("-");
                intervals.add(new DailyInterval(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1])));
            }
            week.put(DayOfWeek.valueOf(parts[0]), intervals);
        }
        return WeeklyPattern.of(week);
    }

    static String time(LocalTime time) {
        return time == null ? null : time.toString();
    }

    static LocalTime time(String stored) {
        return stored == null ? null : readable(() -> LocalTime.parse(stored));
    }

    static Set<LocalDate> dates(String stored) {
        return set(stored, LocalDate::parse);
    }

    static EscalationTarget target(String kind, String group) {
        return kind == null ? null : readable(() -> new EscalationTarget(EscalationTarget.Kind.valueOf(kind), group));
    }

    private static String join(List<String> lines) {
        StringBuilder text = new StringBuilder(MARK);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                text.append('\n');
            }
            String entry = lines.get(i);
            if (entry.isEmpty()) {
                text.append(ESC); // a lone ESC is an empty entry, so a list of one "" differs from the empty list "#"
            } else {
                escape(entry, text);
            }
        }
        return text.toString();
    }

    /** Control characters (and so line breaks and ESC itself) become ESC and a printable character. */
    static void escape(String entry, StringBuilder out) {
        for (int i = 0; i < entry.length(); i++) {
            char c = entry.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                out.append(ESC).append((char) (c ^ 0x40));
            } else {
                out.append(c);
            }
        }
    }

    static String unescape(String entry) {
        if (entry.indexOf(ESC) < 0) {
            return entry;
        }
        StringBuilder out = new StringBuilder(entry.length());
        for (int i = 0; i < entry.length(); i++) {
            char c = entry.charAt(i);
            if (c == ESC && i + 1 < entry.length()) {
                out.append((char) (entry.charAt(++i) ^ 0x40));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Entries of a stored list; a value without the mark (never written by any version) reads as empty. */
    private static List<String> entries(String stored) {
        if (!stored.startsWith(MARK)) {
            return List.of();
        }
        String body = stored.substring(MARK.length());
        if (body.isEmpty()) {
            return List.of();
        }
        List<String> entries = new ArrayList<>();
        for (String line : body.split("\n", -1)) {
            entries.add(line.equals(String.valueOf(ESC)) ? "" : unescape(line));
        }
        return entries;
    }

    /** The value read, or null when the stored text cannot be read as one. */
    private static <T> T readable(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            return null; // unreadable stored text inherits rather than making the whole policy unreadable
        }
    }
}
