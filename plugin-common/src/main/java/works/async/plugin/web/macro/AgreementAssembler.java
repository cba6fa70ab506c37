package works.async.plugin.web.macro;

import java.time.DayOfWeek;
import java.time.Duration;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import works.async.core.policy.EffectivePolicy;
import works.async.core.policy.EscalationTarget;
import works.async.core.policy.PolicyScope;
import works.async.core.time.DailyInterval;
import works.async.core.time.WeeklyPattern;
import works.async.plugin.agreement.AgreementActions.AgreementStanding;
import works.async.plugin.web.Screen;
import works.async.plugin.web.Texts;

/**
 * Writes the effective policy as the sentences a team agrees to. Numbers come from the policy in force, so the
 * page can never promise something the product does not enforce.
 */
public final class AgreementAssembler {

    private AgreementAssembler() {
    }

    public static AgreementView assemble(EffectivePolicy policy, Texts texts) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("async.ui.agreement.reply", hours(policy.replyWindowFor(null).value())));
        new TreeMap<>(policy.windowsByPriority()).forEach((priority, window) ->
                lines.add(texts.get("async.ui.agreement.reply.priority", priority, hours(window.value()))));
        lines.add(policy.confirmationRequired()
                ? texts.get("async.ui.agreement.confirm", hours(policy.confirmationWindow()))
                : texts.get("async.ui.agreement.confirm.off"));
        lines.add(texts.get("async.ui.agreement.reminder", String.valueOf(Math.round(policy.reminderFraction() * 100))));
        lines.add(escalation(policy.escalationTarget(), texts));
        lines.add(texts.get(policy.onlyInWorkingHours()
                ? "async.ui.agreement.notify.working" : "async.ui.agreement.notify.any"));
        lines.add(texts.get("async.ui.agreement.feedback", hours(policy.feedbackWindow())));
        lines.add(texts.get("async.ui.agreement.hours", pattern(policy.defaultPattern())));
        lines.add(texts.get("async.ui.agreement.autoRequest." + (policy.autoRequestOnMentionQuestion() ? "on" : "off")));
        return new AgreementView(scope(policy.scope(), texts), lines, policy.agreementChannels(), policy.agreementUrgentPath());
    }

    /**
     * The agreement of a project or space with where its acknowledgements stand for the viewer: their own date or the
     * way to acknowledge it, and how many members did.
     */
    public static AgreementView assemble(EffectivePolicy policy, AgreementStanding standing, Screen screen) {
        AgreementView plain = assemble(policy, screen.texts());
        PolicyScope scope = policy.scope();
        String acknowledged = standing.acknowledgedAt().map(at -> screen.texts().get("async.ui.agreement.ack.acknowledged",
                screen.times().date(LocalDate.ofInstant(at, screen.viewer().zone())))).orElse(null);
        String path = (scope.containerKind() == PolicyScope.ContainerKind.JIRA_PROJECT ? "/projects/" : "/spaces/")
                + URLEncoder.encode(scope.containerKey(), StandardCharsets.UTF_8).replace("+", "%20")
                + "/agreement/acknowledge";
        return new AgreementView(plain.scopeText(), plain.statements(), plain.channels(), plain.urgentPath(),
                acknowledged, screen.texts().count("async.ui.agreement.ack.count", standing.count()), path,
                screen.restBase());
    }

    private static String scope(PolicyScope scope, Texts texts) {
        if (scope.isGlobal()) {
            return texts.get("async.ui.agreement.scope.global");
        }
        return texts.get(scope.containerKind() == PolicyScope.ContainerKind.JIRA_PROJECT
                ? "async.ui.agreement.scope.project" : "async.ui.agreement.scope.space", scope.containerKey());
    }

    private static String escalation(EscalationTarget target, Texts texts) {
        return switch (target.kind()) {
            case REPORTER -> texts.get("async.ui.agreement.escalate.reporter");
            case CONTAINER_LEAD -> texts.get("async.ui.agreement.escalate.lead");
            case GROUP -> texts.get("async.ui.agreement.escalate.group", target.group());
        };
    }

    /** "8" for whole hours, "7.5" otherwise. */
    public static String hours(Duration d) {
        long minutes = d.toMinutes();
        return minutes % 60 == 0 ? String.valueOf(minutes / 60) : String.valueOf(minutes / 60.0);
    }

    /** "Mon–Fri 09:00–17:00", or day by day when days differ. */
    public static String pattern(WeeklyPattern pattern) {
        Map<String, List<DayOfWeek>> byHours = new java.util.LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<DailyInterval> intervals = pattern.intervals(day);
            if (!intervals.isEmpty()) {
                String hours = intervals.stream().map(i -> i.toString().replace("-", "–")).collect(Collectors.joining(", "));
                byHours.computeIfAbsent(hours, h -> new ArrayList<>()).add(day);
            }
        }
        return byHours.entrySet().stream().map(e -> days(e.getValue()) + " " + e.getKey())
                .collect(Collectors.joining("; "));
    }

    private static String days(List<DayOfWeek> days) {
        boolean consecutive = days.size() > 2;
        for (int i = 1; i < days.size() && consecutive; i++) {
            consecutive = days.get(i).getValue() == days.get(i - 1).getValue() + 1;
        }
        if (consecutive) {
            return name(days.get(0)) + "–" + name(days.get(days.size() - 1));
        }
        return days.stream().map(AgreementAssembler::name).collect(Collectors.joining(", "));
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
