package works.async.plugin.web.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import works.async.core.insight.TeamInsights;
import works.async.plugin.web.Texts;

/**
 * Turns a team's figures into headline figures and two weekly charts: agreements kept by their due time, and
 * meeting person-hours replaced by reports. Only aggregates go in, so no screen can rank people.
 */
public final class InsightsAssembler {

    /** Horizontal room per week in SVG units. */
    static final int BAR_PITCH = 40;

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private InsightsAssembler() {
    }

    public static InsightsView assemble(String scopeText, TeamInsights insights, Texts texts) {
        String confirmationsWithheld = withheld(insights, TeamInsights.Withheld.CONFIRMATIONS, texts);
        String repliesWithheld = withheld(insights, TeamInsights.Withheld.REPLIES, texts);
        String deadlinesWithheld = withheld(insights, TeamInsights.Withheld.DEADLINES, texts);
        List<InsightsView.Figure> figures = List.of(
                orWithheld(confirmationsWithheld, "async-work-figure-confirmations", "async.ui.insight.confirmations",
                        texts, () -> share("async-work-figure-confirmations",
                                texts.get("async.ui.insight.confirmations"), insights.confirmations(),
                                "async.ui.insight.kept.detail.confirmations", texts)),
                orWithheld(repliesWithheld, "async-work-figure-replies", "async.ui.insight.replies", texts,
                        () -> share("async-work-figure-replies", texts.get("async.ui.insight.replies"),
                                insights.replies(), "async.ui.insight.kept.detail", texts)),
                orWithheld(confirmationsWithheld, "async-work-figure-confirm-median", "async.ui.insight.medianConfirm",
                        texts, () -> median("async-work-figure-confirm-median",
                                texts.get("async.ui.insight.medianConfirm"), insights.medianMinutesToConfirm(), texts)),
                orWithheld(repliesWithheld, "async-work-figure-reply-median", "async.ui.insight.medianReply", texts,
                        () -> median("async-work-figure-reply-median", texts.get("async.ui.insight.medianReply"),
                                insights.medianMinutesToReply(), texts)),
                orWithheld(deadlinesWithheld, "async-work-figure-overdue", "async.ui.insight.overdue", texts,
                        () -> new InsightsView.Figure("async-work-figure-overdue", texts.get("async.ui.insight.overdue"),
                                String.valueOf(insights.overdueNow()), texts.get("async.ui.insight.overdue.detail"), -1)));
        InsightsView.Chart kept = deadlinesWithheld != null
                ? new InsightsView.Chart("async-work-chart-kept", texts.get("async.ui.insight.kept"), deadlinesWithheld,
                        List.of(), true, Math.max(1, insights.trend().size()) * BAR_PITCH)
                : kept(insights.trend(), texts);
        return new InsightsView(scopeText, figures, List.of(kept, hours(insights, texts)),
                texts.get("async.ui.insight.note"));
    }

    /** Why a group of figures is not shown ("Fewer than 5 people …"), or null when it is shown. */
    private static String withheld(TeamInsights insights, TeamInsights.Withheld group, Texts texts) {
        return insights.withheld().contains(group)
                ? texts.get("async.ui.insight.withheld." + group.id(), String.valueOf(insights.minimumPeople())) : null;
    }

    private static InsightsView.Figure orWithheld(String reason, String id, String labelKey, Texts texts,
                                                  java.util.function.Supplier<InsightsView.Figure> figure) {
        return reason == null ? figure.get()
                : new InsightsView.Figure(id, texts.get(labelKey), texts.get("async.ui.insight.withheld"), reason, -1);
    }

    /** @param detailKey the figure's own noun: ownership is confirmed, a reply is answered */
    private static InsightsView.Figure share(String id, String label, TeamInsights.Kept kept, String detailKey,
                                             Texts texts) {
        Double share = kept.share();
        if (share == null) {
            return new InsightsView.Figure(id, label, texts.get("async.ui.insight.noData"),
                    texts.get("async.ui.insight.nothing"), -1);
        }
        int percent = (int) Math.round(share * 100);
        return new InsightsView.Figure(id, label, percent + "%", texts.get(detailKey,
                String.valueOf(kept.withinWindow()), String.valueOf(kept.answered())), percent);
    }

    private static InsightsView.Figure median(String id, String label, Long minutes, Texts texts) {
        // Below an hour "0.3 working hours" says less than "20 working minutes".
        String value = minutes == null ? texts.get("async.ui.insight.noData")
                : minutes < 60 ? texts.get("async.ui.insight.workingMinutes", String.valueOf(minutes))
                : texts.get("async.ui.insight.workingHours",
                        BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)
                                .stripTrailingZeros().toPlainString());
        return new InsightsView.Figure(id, label, value, texts.get("async.ui.insight.median.detail"), -1);
    }

    private static InsightsView.Chart kept(List<TeamInsights.Week> weeks, Texts texts) {
        List<InsightsView.Bar> bars = new ArrayList<>();
        int due = 0;
        int kept = 0;
        for (int i = 0; i < weeks.size(); i++) {
            TeamInsights.Week w = weeks.get(i);
            int k = w.dueInWeek() - w.overdue();
            due += w.dueInWeek();
            kept += k;
            int percent = w.dueInWeek() == 0 ? 0 : Math.round(100f * k / w.dueInWeek());
            String label = WEEK.format(w.weekStart());
            bars.add(new InsightsView.Bar(label, w.dueInWeek() == 0 ? "–" : percent + "%", percent, 100 - percent,
                    i * BAR_PITCH, texts.get("async.ui.insight.kept.bar", label, String.valueOf(k),
                    String.valueOf(w.dueInWeek()))));
        }
        boolean empty = due == 0;
        return new InsightsView.Chart("async-work-chart-kept", texts.get("async.ui.insight.kept"),
                empty ? texts.get("async.ui.insight.nothing")
                        : texts.get("async.ui.insight.kept.summary", String.valueOf(Math.round(100f * kept / due)),
                        String.valueOf(due)),
                bars, empty, Math.max(1, weeks.size()) * BAR_PITCH);
    }

    private static InsightsView.Chart hours(TeamInsights insights, Texts texts) {
        List<TeamInsights.Week> weeks = insights.trend();
        BigDecimal max = weeks.stream().map(TeamInsights.Week::personHoursReplaced).reduce(BigDecimal.ZERO, BigDecimal::max);
        List<InsightsView.Bar> bars = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            TeamInsights.Week w = weeks.get(i);
            int height = max.signum() == 0 ? 0 : w.personHoursReplaced().multiply(BigDecimal.valueOf(100))
                    .divide(max, 0, RoundingMode.HALF_UP).intValue();
            String label = WEEK.format(w.weekStart());
            String value = w.personHoursReplaced().stripTrailingZeros().toPlainString();
            bars.add(new InsightsView.Bar(label, texts.get("async.ui.insight.hours.value", value), height, 100 - height,
                    i * BAR_PITCH, texts.get("async.ui.insight.hours.bar", label, value)));
        }
        boolean empty = insights.personHoursReplaced().signum() == 0;
        return new InsightsView.Chart("async-work-chart-hours", texts.get("async.ui.insight.hours"),
                empty ? texts.get("async.ui.insight.nothing") : texts.get("async.ui.insight.hours.summary",
                        insights.personHoursReplaced().stripTrailingZeros().toPlainString()),
                bars, empty, Math.max(1, weeks.size()) * BAR_PITCH);
    }
}
