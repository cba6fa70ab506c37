package works.async.core.policy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import works.async.core.time.WeeklyPattern;

/**
 * The policy in force at a scope after inheritance, with each value's provenance; an immutable snapshot.
 *
 * <p>A policy change applies to new requests only: features compute a due time once, when a request is
 * created, from the snapshot they read then, and store that due time. Later changes to the policy (and so
 * to a later snapshot) never move existing due times.
 *
 * @param scope             the scope that was asked about
 * @param values            every {@link PolicyField}'s resolved value
 * @param windowsByPriority the resolved window of every priority named at any scope in the lineage
 */
public record EffectivePolicy(PolicyScope scope, Map<PolicyField<?>, Resolved<?>> values,
                              Map<String, Resolved<Duration>> windowsByPriority) {

    public EffectivePolicy {
        Objects.requireNonNull(scope, "scope");
        values = Map.copyOf(values);
        windowsByPriority = Map.copyOf(windowsByPriority);
        for (PolicyField<?> field : PolicyField.ALL) {
            if (!values.containsKey(field)) {
                throw new IllegalArgumentException("Unresolved policy field " + field);
            }
        }
    }

    /** The value of a field and the scope it came from. */
    @SuppressWarnings("unchecked")
    public <T> Resolved<T> resolved(PolicyField<T> field) {
        return (Resolved<T>) values.get(field);
    }

    public <T> T get(PolicyField<T> field) {
        return resolved(field).value();
    }

    /** The reply window for an item of that priority: its own window if any scope set one, else the default window. */
    public Resolved<Duration> replyWindowFor(String priorityOrNull) {
        Resolved<Duration> own = priorityOrNull == null ? null : windowsByPriority.get(priorityOrNull);
        return own != null ? own : resolved(PolicyField.REPLY_DEFAULT_WINDOW);
    }

    public boolean confirmationRequired() {
        return get(PolicyField.CONFIRMATION_REQUIRED);
    }

    public Duration confirmationWindow() {
        return get(PolicyField.CONFIRMATION_WINDOW);
    }

    public Set<Principal> coordinators() {
        return get(PolicyField.COORDINATORS);
    }

    public boolean autoRequestOnMentionQuestion() {
        return get(PolicyField.AUTO_REQUEST_ON_MENTION_QUESTION);
    }

    public double reminderFraction() {
        return get(PolicyField.REMINDER_FRACTION);
    }

    public EscalationTarget escalationTarget() {
        return get(PolicyField.ESCALATION_TARGET);
    }

    public boolean onlyInWorkingHours() {
        return get(PolicyField.ONLY_IN_WORKING_HOURS);
    }

    public boolean dailyDigest() {
        return get(PolicyField.DAILY_DIGEST);
    }

    public LocalTime digestAt() {
        return get(PolicyField.DIGEST_AT);
    }

    public Duration feedbackWindow() {
        return get(PolicyField.FEEDBACK_WINDOW);
    }

    public Set<String> defaultReviewers() {
        return get(PolicyField.DEFAULT_REVIEWERS);
    }

    public String agreementChannels() {
        return get(PolicyField.AGREEMENT_CHANNELS);
    }

    public String agreementUrgentPath() {
        return get(PolicyField.AGREEMENT_URGENT_PATH);
    }

    public WeeklyPattern defaultPattern() {
        return get(PolicyField.DEFAULT_PATTERN);
    }

    public Set<LocalDate> holidays() {
        return get(PolicyField.HOLIDAYS);
    }
}
