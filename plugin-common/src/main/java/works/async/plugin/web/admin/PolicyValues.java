package works.async.plugin.web.admin;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import works.async.core.policy.EscalationTarget;
import works.async.core.policy.Principal;
import works.async.core.time.WeeklyPattern;
import works.async.plugin.web.macro.AgreementAssembler;

/**
 * How each policy value is written in the form's inputs. The form's script reads the same notation back
 * (async-work-policy.js), so an admin edits text they can read: hours as numbers, one entry per line.
 */
final class PolicyValues {

    private PolicyValues() {
    }

    static String kindOf(Object value) {
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof Duration) {
            return "hours";
        }
        if (value instanceof Double) {
            return "percent";
        }
        if (value instanceof LocalTime) {
            return "time";
        }
        if (value instanceof EscalationTarget) {
            return "target";
        }
        if (value instanceof WeeklyPattern) {
            return "pattern";
        }
        return "text";
    }

    /** The value as the input holds it; null becomes empty (the field inherits). */
    static String write(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Duration d) {
            return AgreementAssembler.hours(d);
        }
        if (value instanceof Double fraction) {
            return String.valueOf(Math.round(fraction * 100));
        }
        if (value instanceof LocalTime t) {
            return t.toString();
        }
        if (value instanceof EscalationTarget t) {
            return t.kind() == EscalationTarget.Kind.GROUP ? "GROUP:" + t.group() : t.kind().name();
        }
        if (value instanceof WeeklyPattern p) {
            return pattern(p);
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(PolicyValues::element).sorted().collect(Collectors.joining("\n"));
        }
        if (value instanceof Map<?, ?> m) {
            return new TreeMap<>(m).entrySet().stream()
                    .map(e -> e.getKey() + "=" + write(e.getValue())).collect(Collectors.joining("\n"));
        }
        return value.toString();
    }

    /** "MONDAY 09:00-12:00 13:00-17:00", one day per line. */
    static String pattern(WeeklyPattern pattern) {
        StringBuilder out = new StringBuilder();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (!pattern.intervals(day).isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(day.name());
                pattern.intervals(day).forEach(i -> out.append(' ').append(i));
            }
        }
        return out.toString();
    }

    private static String element(Object o) {
        if (o instanceof Principal p) {
            return p.kind() == Principal.Kind.GROUP ? "group:" + p.name() : p.name();
        }
        if (o instanceof LocalDate d) {
            return d.toString();
        }
        return String.valueOf(o);
    }

    static boolean isCollection(Object value) {
        return value instanceof Set<?> || value instanceof Collection<?>;
    }
}
