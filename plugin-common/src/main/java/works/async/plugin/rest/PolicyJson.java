package works.async.plugin.rest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import works.async.core.policy.EffectivePolicy;
import works.async.core.policy.EscalationTarget;
import works.async.core.policy.Policy;
import works.async.core.policy.PolicyField;
import works.async.core.policy.PolicyScope;
import works.async.core.policy.Principal;
import works.async.core.policy.Resolved;
import works.async.core.time.WeeklyPattern;
import works.async.plugin.policy.PolicyActions;

/**
 * The JSON of policies. Keys are the policy's field paths (so a validation problem's {@code field} names the input
 * directly); windows are whole working minutes, times "HH:mm", dates ISO; null means "inherit".
 */
public final class PolicyJson {

    private PolicyJson() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Body(Long version, Ownership ownership, Reply reply, Notifications notifications, Reports reports,
                       Agreement agreement, Calendar calendar) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Ownership(Boolean confirmationRequired, Long confirmationWindow, List<Who> coordinators) {
    }

    /** A user (by key) or a group (by name). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Who(String kind, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reply(Long defaultWindow, Map<String, Long> windowsByPriority, Boolean autoRequestOnMentionQuestion,
                        Double reminderFraction, Target escalationTarget) {
    }

    /** REPORTER, CONTAINER_LEAD or GROUP (with the group's name). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Target(String kind, String group) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Notifications(Boolean onlyInWorkingHours, Boolean dailyDigest, String digestAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reports(Long feedbackWindow, List<String> defaultReviewers) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Agreement(String channels, String urgentPath) {
    }

    /** The default hours in the shape of a personal schedule's week, and public holidays. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Calendar(Map<String, List<List<String>>> defaultPattern, List<String> holidays) {
    }

    /** A scope: level GLOBAL, CONTAINER or ITEM_TYPE, with the container kind and key and the item type. */
    public record Scope(String level, String kind, String key, String itemType) {
    }

    /** One value in force and where it comes from. */
    public record Effective(Object value, Scope source, boolean inherited) {
    }

    /**
     * {@code GET/PUT /policies/...}: what the scope sets ({@code own}, null fields inherit), its version, and every
     * value in force keyed by field path (per-priority windows as {@code reply.windowsByPriority.<name>}).
     */
    public record View(Scope scope, long version, Body own, Map<String, Effective> effective) {
    }

    static View view(PolicyActions.PolicyView v) {
        Map<String, Effective> effective = new LinkedHashMap<>();
        EffectivePolicy e = v.effective();
        for (PolicyField<?> field : PolicyField.ALL) {
            Resolved<?> r = e.resolved(field);
            effective.put(field.path(), new Effective(value(r.value()), scope(r.source()), !r.setAt(v.scope())));
        }
        new TreeMap<>(e.windowsByPriority()).forEach((priority, r) -> effective.put(
                PolicyField.WINDOWS_BY_PRIORITY + "." + priority,
                new Effective(r.value().toMinutes(), scope(r.source()), !r.setAt(v.scope()))));
        return new View(scope(v.scope()), v.own().version(), own(v.own()), effective);
    }

    static Scope scope(PolicyScope s) {
        return new Scope(s.level().name(), s.containerKind() == null ? null : s.containerKind().name(),
                s.containerKey(), s.itemType());
    }

    static Body own(Policy p) {
        var o = p.ownership();
        var r = p.reply();
        var n = p.notifications();
        Map<String, Long> windows = null;
        if (r.windowsByPriority() != null) {
            windows = new TreeMap<>();
            for (var entry : r.windowsByPriority().entrySet()) {
                windows.put(entry.getKey(), entry.getValue() == null ? null : entry.getValue().toMinutes());
            }
        }
        return new Body(p.version(),
                new Ownership(o.confirmationRequired(), minutes(o.confirmationWindow()), who(o.coordinators())),
                new Reply(minutes(r.defaultWindow()), windows, r.autoRequestOnMentionQuestion(), r.reminderFraction(),
                        target(r.escalationTarget())),
                new Notifications(n.onlyInWorkingHours(), n.dailyDigest(), time(n.digestAt())),
                new Reports(minutes(p.reports().feedbackWindow()), p.reports().defaultReviewers() == null ? null
                        : p.reports().defaultReviewers().stream().sorted().toList()),
                new Agreement(p.agreement().channels(), p.agreement().urgentPath()),
                new Calendar(p.calendar().defaultPattern() == null ? null : ScheduleJson.week(p.calendar().defaultPattern()),
                        dates(p.calendar().holidays())));
    }

    /** A resolved value in its JSON form. */
    @SuppressWarnings("unchecked")
    private static Object value(Object value) {
        if (value instanceof java.time.Duration d) {
            return d.toMinutes();
        }
        if (value instanceof LocalTime t) {
            return time(t);
        }
        if (value instanceof EscalationTarget t) {
            return target(t);
        }
        if (value instanceof WeeklyPattern w) {
            return ScheduleJson.week(w);
        }
        if (value instanceof Set<?> set && !set.isEmpty() && set.iterator().next() instanceof Principal) {
            return who((Set<Principal>) set);
        }
        if (value instanceof Set<?> set && !set.isEmpty() && set.iterator().next() instanceof LocalDate) {
            return dates((Set<LocalDate>) set);
        }
        if (value instanceof Set<?> set) {
            return set.stream().map(String::valueOf).sorted().toList();
        }
        return value;
    }

    private static Long minutes(java.time.Duration d) {
        return d == null ? null : d.toMinutes();
    }

    private static String time(LocalTime t) {
        return t == null ? null : ScheduleJson.hhmm(t.getHour() * 60 + t.getMinute());
    }

    private static Target target(EscalationTarget t) {
        return t == null ? null : new Target(t.kind().name(), t.group());
    }

    private static List<Who> who(Set<Principal> principals) {
        return principals == null ? null : principals.stream()
                .map(p -> new Who(p.kind().name(), p.name())).toList();
    }

    private static List<String> dates(Set<LocalDate> dates) {
        return dates == null ? null : dates.stream().sorted().map(LocalDate::toString).toList();
    }
}
