package works.async.core.insight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Team-level figures of one project or space over recent weeks. Deliberately holds no user keys or names: the
 * product measures agreements kept, never people against each other.
 *
 * @param containerKey          project or space key
 * @param weeks                 how many weeks the figures cover
 * @param confirmations         ownership requests answered (confirmed or declined) and how many within their window
 * @param replies               reply requests answered and how many within their window
 * @param medianMinutesToConfirm median working minutes from request to confirmation, or null with no data
 * @param medianMinutesToReply  median working minutes from question to answer, or null with no data
 * @param overdueNow            open requests past their due time now
 * @param personHoursReplaced   person-hours of meetings replaced by reports
 * @param trend                 per week, oldest first
 */
public record TeamInsights(String containerKey, int weeks, Kept confirmations, Kept replies,
                           Long medianMinutesToConfirm, Long medianMinutesToReply, int overdueNow,
                           BigDecimal personHoursReplaced, List<Week> trend) {

    public TeamInsights {
        trend = List.copyOf(trend);
    }

    /**
     * How many agreements were answered and how many of those in time.
     *
     * @param answered    answered in the period
     * @param withinWindow of those, answered by their due time
     */
    public record Kept(int answered, int withinWindow) {

        /** Share kept, 0..1, or null when nothing was answered (a chart shows "no data", not 0%). */
        public Double share() {
            return answered == 0 ? null : (double) withinWindow / answered;
        }
    }

    /**
     * One week of the trend.
     *
     * @param weekStart            Monday of the week (UTC)
     * @param dueInWeek            agreements whose due time fell in the week
     * @param overdue              of those, not answered by their due time
     * @param personHoursReplaced  person-hours of meetings replaced by reports published that week
     */
    public record Week(LocalDate weekStart, int dueInWeek, int overdue, BigDecimal personHoursReplaced) {
    }
}
