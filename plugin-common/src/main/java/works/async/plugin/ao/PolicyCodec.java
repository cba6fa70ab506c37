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
 * differs from null ("inherit") on every database (Oracle stores '' as NULL); entries are one per line (user keys,
 * group names, priority names and dates contain no line breaks).
 */
final class PolicyCodec {

    private static final String MARK = "#";

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
        return MARK + String.join("\n", lines);
    }

    /** An ordered list of lines, duplicates kept; null stays null. */
    static String list(List<String> lines) {
        return lines == null ? null : MARK + String.join("\n", lines);
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
            values.add(parse.apply(line));
        }
        return values;
    }

    static String principal(Principal p) {
        return p.kind() + ":" + p.name();
    }

    static Principal principal(String line) {
        int colon = line.indexOf(':');
        return new Principal(Principal.Kind.valueOf(line.substring(0, colon)), line.substring(colon + 1));
    }

    static String windows(Map<String, Duration> windows) {
        if (windows == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        windows.forEach((priority, window) -> lines.add(window.toMillis() + "\t" + priority));
        return MARK + String.join("\n", lines);
    }

    static Map<String, Duration> windows(String stored) {
        if (stored == null) {
            return null;
        }
        Map<String, Duration> windows = new LinkedHashMap<>();
        for (String line : entries(stored)) {
            int tab = line.indexOf('\t');
            windows.put(line.substring(tab + 1), Duration.ofMillis(Long.parseLong(line.substring(0, tab))));
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
        return MARK + String.join("\n", lines);
    }

    static WeeklyPattern pattern(String stored) {
        if (stored == null) {
            return null;
        }
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
        return stored == null ? null : LocalTime.parse(stored);
    }

    static Set<LocalDate> dates(String stored) {
        return set(stored, LocalDate::parse);
    }

    static EscalationTarget target(String kind, String group) {
        return kind == null ? null : new EscalationTarget(EscalationTarget.Kind.valueOf(kind), group);
    }

    private static List<String> entries(String stored) {
        String body = stored.substring(MARK.length());
        return body.isEmpty() ? List.of() : List.of(body.split("\n", -1));
    }
}
