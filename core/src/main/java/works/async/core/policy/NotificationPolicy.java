package works.async.core.policy;

import java.time.LocalTime;

/**
 * When notifications reach people; a null field inherits from the less specific scope.
 *
 * @param onlyInWorkingHours deliver reminders and escalations only in the recipient's working hours
 * @param dailyDigest        whether a daily digest is sent
 * @param digestAt           local time of day (recipient's zone) the digest is sent
 */
public record NotificationPolicy(Boolean onlyInWorkingHours, Boolean dailyDigest, LocalTime digestAt) {

    private static final NotificationPolicy INHERIT = new NotificationPolicy(null, null, null);

    public static NotificationPolicy inherit() {
        return INHERIT;
    }
}
