package works.async.core.escalation;

import java.time.Duration;

/**
 * The policy values the planner needs, passed in plainly so escalation does not depend on the
 * policy package.
 *
 * @param reminderFraction share of the working window after which the recipient is reminded
 *                         (e.g. 0.75); 0 disables reminders
 * @param maxLevel         how many escalation levels at most (level 1 on breach, then one more
 *                         after each further window of working time)
 * @param minCheckInterval the planner never asks to be run again sooner than this
 * @param maxCheckInterval nor later than this, so new or changed deadlines are picked up
 */
public record EscalationRules(double reminderFraction, int maxLevel, Duration minCheckInterval, Duration maxCheckInterval) {

    public EscalationRules {
        if (!(reminderFraction >= 0 && reminderFraction < 1)) {
            throw new IllegalArgumentException("reminderFraction in [0, 1)");
        }
        if (maxLevel < 1) {
            throw new IllegalArgumentException("maxLevel >= 1");
        }
        if (minCheckInterval == null || maxCheckInterval == null || minCheckInterval.isNegative()
                || minCheckInterval.isZero() || maxCheckInterval.compareTo(minCheckInterval) < 0) {
            throw new IllegalArgumentException("0 < minCheckInterval <= maxCheckInterval");
        }
    }

    /** Reminder at the fraction, up to {@code maxLevel} escalations, checks between 1 minute and 1 hour apart. */
    public static EscalationRules of(double reminderFraction, int maxLevel) {
        return new EscalationRules(reminderFraction, maxLevel, Duration.ofMinutes(1), Duration.ofHours(1));
    }

    public boolean remindersEnabled() {
        return reminderFraction > 0;
    }
}
