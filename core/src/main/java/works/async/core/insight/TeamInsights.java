package works.async.core.insight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Team-level figures of one project or space over recent weeks. Deliberately holds no user keys or names: the
 * product measures agreements kept, never people against each other. A figure that fewer than
 * {@link #minimumPeople} people contribute to is withheld (null here, named in {@link #withheld}): with one answered
 * request, the team's figure is that one person's.
 *
 * @param containerKey          project or space key
 * @param weeks                 how many weeks the figures cover
 * @param confirmations         ownership requests answered (confirmed or declined) and how many within their window;
 *                              null when withheld
 * @param replies               reply requests answered and how many within their window; null when withheld
 * @param medianMinutesToConfirm median working minutes from request to confirmation, or null with no data or withheld
 * @param medianMinutesToReply  median working minutes from question to answer, or null with no data or withheld
 * @param overdueNow            open requests past their due time now; null when withheld
 * @param personHoursReplaced   person-hours of meetings replaced by reports
 * @param trend                 per week, oldest first
 * @param minimumPeople         the fewest people a figure is shown for
 * @param withheld              which figures are withheld for having fewer people than that
 */
public record TeamInsights(String containerKey, int weeks, Kept confirmations, Kept replies,
                           Long medianMinutesToConfirm, Long medianMinutesToReply, Integer overdueNow,
                           BigDecimal personHoursReplaced, List<Week> trend, int minimumPeople, Set<Withheld> withheld) {

    public TeamInsights {
        trend = List.copyOf(trend);
        withheld = withheld.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(withheld));
    }

    /** Figures with nothing withheld (for screens and tests that show a given set of figures). */
    public TeamInsights(String containerKey, int weeks, Kept confirmations, Kept replies, Long medianMinutesToConfirm,
                        Long medianMinutesToReply, Integer overdueNow, BigDecimal personHoursReplaced, List<Week> trend) {
        this(containerKey, weeks, confirmations, replies, medianMinutesToConfirm, medianMinutesToReply, overdueNow,
                personHoursReplaced, trend, 1, Set.of());
    }

    /** Groups of figures that are shown or withheld together, each counting the people behind it. */
    public enum Withheld {
        /** Share and median of ownership confirmations: the people who answered an ownership request. */
        CONFIRMATIONS("answered ownership requests"),
        /** Share and median of replies: the people who answered a reply request. */
        REPLIES("answered reply requests"),
        /** Overdue now and the weekly agreements kept: the people asked (owners and recipients). */
        DEADLINES("had requests fall due");

        private final String who;

        Withheld(String who) {
            this.who = who;
        }

        /** The wire name, e.g. {@code "replies"}. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** Why, in words: "Fewer than 5 people answered reply requests in these weeks; …". */
        public String reason(int minimumPeople) {
            return "Fewer than " + minimumPeople + " people " + who + " in these weeks, so these figures are withheld:"
                    + " with so few, a team figure would stand for a single person.";
        }
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
     * @param dueInWeek            agreements whose due time fell in the week; null when withheld
     * @param overdue              of those, not answered by their due time; null when withheld
     * @param personHoursReplaced  person-hours of meetings replaced by reports published that week
     */
    public record Week(LocalDate weekStart, Integer dueInWeek, Integer overdue, BigDecimal personHoursReplaced) {
    }
}
