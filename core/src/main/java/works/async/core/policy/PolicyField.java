package works.async.core.policy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import works.async.core.time.WeeklyPattern;

/**
 * A single inheritable policy setting, named by its field path (as used in validation problems and in the
 * admin UI's "inherited from" hints). Per-priority reply windows are resolved per priority instead.
 *
 * @param <T> the setting's value type
 */
public final class PolicyField<T> {

    public static final PolicyField<Boolean> CONFIRMATION_REQUIRED =
            new PolicyField<>("ownership.confirmationRequired", p -> p.ownership().confirmationRequired());
    public static final PolicyField<Duration> CONFIRMATION_WINDOW =
            new PolicyField<>("ownership.confirmationWindow", p -> p.ownership().confirmationWindow());
    public static final PolicyField<Set<Principal>> COORDINATORS =
            new PolicyField<>("ownership.coordinators", p -> p.ownership().coordinators());
    public static final PolicyField<Duration> REPLY_DEFAULT_WINDOW =
            new PolicyField<>("reply.defaultWindow", p -> p.reply().defaultWindow());
    public static final PolicyField<Boolean> AUTO_REQUEST_ON_MENTION_QUESTION =
            new PolicyField<>("reply.autoRequestOnMentionQuestion", p -> p.reply().autoRequestOnMentionQuestion());
    public static final PolicyField<Double> REMINDER_FRACTION =
            new PolicyField<>("reply.reminderFraction", p -> p.reply().reminderFraction());
    public static final PolicyField<EscalationTarget> ESCALATION_TARGET =
            new PolicyField<>("reply.escalationTarget", p -> p.reply().escalationTarget());
    public static final PolicyField<Boolean> ONLY_IN_WORKING_HOURS =
            new PolicyField<>("notifications.onlyInWorkingHours", p -> p.notifications().onlyInWorkingHours());
    public static final PolicyField<Boolean> DAILY_DIGEST =
            new PolicyField<>("notifications.dailyDigest", p -> p.notifications().dailyDigest());
    public static final PolicyField<LocalTime> DIGEST_AT =
            new PolicyField<>("notifications.digestAt", p -> p.notifications().digestAt());
    public static final PolicyField<Duration> FEEDBACK_WINDOW =
            new PolicyField<>("reports.feedbackWindow", p -> p.reports().feedbackWindow());
    public static final PolicyField<Set<String>> DEFAULT_REVIEWERS =
            new PolicyField<>("reports.defaultReviewers", p -> p.reports().defaultReviewers());
    public static final PolicyField<String> AGREEMENT_CHANNELS =
            new PolicyField<>("agreement.channels", p -> p.agreement().channels());
    public static final PolicyField<String> AGREEMENT_URGENT_PATH =
            new PolicyField<>("agreement.urgentPath", p -> p.agreement().urgentPath());
    public static final PolicyField<WeeklyPattern> DEFAULT_PATTERN =
            new PolicyField<>("calendar.defaultPattern", p -> p.calendar().defaultPattern());
    public static final PolicyField<Set<LocalDate>> HOLIDAYS =
            new PolicyField<>("calendar.holidays", p -> p.calendar().holidays());

    /** Every single-valued field, in the order the admin page lists them. */
    public static final List<PolicyField<?>> ALL = List.of(CONFIRMATION_REQUIRED, CONFIRMATION_WINDOW, COORDINATORS,
            REPLY_DEFAULT_WINDOW, AUTO_REQUEST_ON_MENTION_QUESTION, REMINDER_FRACTION, ESCALATION_TARGET,
            ONLY_IN_WORKING_HOURS, DAILY_DIGEST, DIGEST_AT, FEEDBACK_WINDOW, DEFAULT_REVIEWERS,
            AGREEMENT_CHANNELS, AGREEMENT_URGENT_PATH, DEFAULT_PATTERN, HOLIDAYS);

    /** Path of the per-priority windows map; entries are addressed as {@code reply.windowsByPriority.<name>}. */
    public static final String WINDOWS_BY_PRIORITY = "reply.windowsByPriority";

    private final String path;
    private final Function<Policy, T> getter;

    private PolicyField(String path, Function<Policy, T> getter) {
        this.path = path;
        this.getter = getter;
    }

    /** Field path such as {@code ownership.confirmationWindow}. */
    public String path() {
        return path;
    }

    /** The value this policy sets, or null when it inherits. */
    public T valueIn(Policy policy) {
        return getter.apply(policy);
    }

    @Override
    public String toString() {
        return path;
    }
}
