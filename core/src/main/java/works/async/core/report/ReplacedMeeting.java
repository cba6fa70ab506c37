package works.async.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

import works.async.core.DomainException;
import works.async.core.ErrorCode;

/**
 * The meeting a report replaces, which is what makes the time it returns to people visible.
 *
 * @param name         the meeting's usual name, e.g. "Weekly status"
 * @param usualMinutes how long it usually lasts
 * @param attendees    how many people usually attend
 */
public record ReplacedMeeting(String name, int usualMinutes, int attendees) {

    static final int MAX_NAME_LENGTH = 255;

    public ReplacedMeeting {
        if (name == null || name.isBlank()) {
            throw new DomainException(ErrorCode.REQUIRED, "meeting.name", "Name the meeting this report replaces.");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new DomainException(ErrorCode.TOO_LONG, "meeting.name", "The meeting name is longer than " + MAX_NAME_LENGTH + " characters.");
        }
        if (usualMinutes < 1 || usualMinutes > 24 * 60) {
            throw new DomainException(ErrorCode.OUT_OF_RANGE, "meeting.usualMinutes", "A meeting lasts between 1 minute and 24 hours.");
        }
        if (attendees < 1 || attendees > 10_000) {
            throw new DomainException(ErrorCode.OUT_OF_RANGE, "meeting.attendees", "A meeting has between 1 and 10000 attendees.");
        }
    }

    public static ReplacedMeeting of(String name, int usualMinutes, int attendees) {
        return new ReplacedMeeting(name, usualMinutes, attendees);
    }

    /** Minutes of people's time the meeting would have taken: minutes × attendees. */
    public long personMinutes() {
        return (long) usualMinutes * attendees;
    }

    /** Person-hours returned by not holding the meeting, exact to the minute (2 decimals, half up). */
    public BigDecimal personHoursReturned() {
        return BigDecimal.valueOf(personMinutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
}
