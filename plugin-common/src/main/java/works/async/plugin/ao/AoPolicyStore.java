package works.async.plugin.ao;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;
import works.async.core.policy.AgreementPolicy;
import works.async.core.policy.CalendarPolicy;
import works.async.core.policy.NotificationPolicy;
import works.async.core.policy.OwnershipPolicy;
import works.async.core.policy.Policy;
import works.async.core.policy.PolicyScope;
import works.async.core.policy.PolicyStore;
import works.async.core.policy.ReplyPolicy;
import works.async.core.policy.ReportPolicy;

/** Policies per scope in Active Objects, one row per scope. */
public final class AoPolicyStore implements PolicyStore {

    static final String TABLE = "POLICY";

    private final ActiveObjects ao;
    private final VersionGuard guard;

    public AoPolicyStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.guard = new VersionGuard(ao);
    }

    @Override
    public Optional<Policy> find(PolicyScope scope) {
        PolicyEntity row = load(PolicyCodec.scopeKey(scope));
        return row == null ? Optional.empty() : Optional.of(toRecord(row));
    }

    /** The lineage's rows in one query: a view needs all of them, and each AO query costs more to build than to run. */
    @Override
    public Map<PolicyScope, Policy> findAll(List<PolicyScope> scopes) {
        Map<String, PolicyScope> byKey = new LinkedHashMap<>();
        scopes.forEach(scope -> byKey.put(PolicyCodec.scopeKey(scope), scope));
        Map<PolicyScope, Policy> found = new LinkedHashMap<>();
        if (byKey.isEmpty()) {
            return found;
        }
        String placeholders = String.join(", ", Collections.nCopies(byKey.size(), "?"));
        for (PolicyEntity row : ao.find(PolicyEntity.class,
                Query.select().where("ID IN (" + placeholders + ")", byKey.keySet().toArray()))) {
            found.put(byKey.get(row.getId()), toRecord(row));
        }
        return found;
    }

    @Override
    public Policy save(PolicyScope scope, Policy policy, long expectedVersion) {
        String id = PolicyCodec.scopeKey(scope);
        Policy stored = policy.withVersion(expectedVersion + 1);
        return guard.inTransaction(() -> {
            guard.claim(TABLE, id, expectedVersion);
            PolicyEntity row = load(id);
            VersionGuard.check(row == null ? 0 : row.getVersion(), expectedVersion);
            Map<String, Object> columns = columns(stored);
            if (row == null) {
                columns.put("ID", id);
                ao.create(PolicyEntity.class, columns);
            } else {
                ao.deleteWithSQL(PolicyEntity.class, "ID = ?", id);
                columns.put("ID", id);
                // Every column changes with any policy edit, so the row is replaced inside the guarded transaction.
                ao.create(PolicyEntity.class, columns);
            }
            return stored;
        });
    }

    private PolicyEntity load(String id) {
        PolicyEntity[] rows = ao.find(PolicyEntity.class, Query.select().where("ID = ?", id));
        return rows.length == 0 ? null : rows[0];
    }

    private static Map<String, Object> columns(Policy p) {
        Map<String, Object> c = new HashMap<>();
        c.put("CONFIRM_REQUIRED", p.ownership().confirmationRequired());
        c.put("CONFIRM_WINDOW_MILLIS", millis(p.ownership().confirmationWindow()));
        c.put("COORDINATORS", PolicyCodec.lines(p.ownership().coordinators(), PolicyCodec::principal));
        c.put("REPLY_WINDOW_MILLIS", millis(p.reply().defaultWindow()));
        c.put("REPLY_WINDOWS_BY_PRIORITY", PolicyCodec.windows(p.reply().windowsByPriority()));
        c.put("AUTO_REQUEST", p.reply().autoRequestOnMentionQuestion());
        c.put("REMINDER_FRACTION", p.reply().reminderFraction());
        c.put("ESCALATION_KIND", p.reply().escalationTarget() == null ? null : p.reply().escalationTarget().kind().name());
        c.put("ESCALATION_GROUP", p.reply().escalationTarget() == null ? null : p.reply().escalationTarget().group());
        c.put("ONLY_WORKING_HOURS", p.notifications().onlyInWorkingHours());
        c.put("DAILY_DIGEST", p.notifications().dailyDigest());
        c.put("DIGEST_AT", PolicyCodec.time(p.notifications().digestAt()));
        c.put("FEEDBACK_WINDOW_MILLIS", millis(p.reports().feedbackWindow()));
        c.put("DEFAULT_REVIEWERS", PolicyCodec.lines(p.reports().defaultReviewers(), Function.identity()));
        c.put("AGREEMENT_CHANNELS", p.agreement().channels());
        c.put("AGREEMENT_URGENT_PATH", p.agreement().urgentPath());
        c.put("DEFAULT_PATTERN", PolicyCodec.pattern(p.calendar().defaultPattern()));
        c.put("HOLIDAYS", PolicyCodec.lines(p.calendar().holidays(), Object::toString));
        c.put("VERSION", p.version());
        return c;
    }

    private static Policy toRecord(PolicyEntity e) {
        return new Policy(
                new OwnershipPolicy(e.getConfirmRequired(), duration(e.getConfirmWindowMillis()),
                        PolicyCodec.set(e.getCoordinators(), PolicyCodec::principal)),
                new ReplyPolicy(duration(e.getReplyWindowMillis()), PolicyCodec.windows(e.getReplyWindowsByPriority()),
                        e.getAutoRequest(), e.getReminderFraction(),
                        PolicyCodec.target(e.getEscalationKind(), e.getEscalationGroup())),
                new NotificationPolicy(e.getOnlyWorkingHours(), e.getDailyDigest(), PolicyCodec.time(e.getDigestAt())),
                new ReportPolicy(duration(e.getFeedbackWindowMillis()), PolicyCodec.set(e.getDefaultReviewers(), Function.identity())),
                new AgreementPolicy(e.getAgreementChannels(), e.getAgreementUrgentPath()),
                new CalendarPolicy(PolicyCodec.pattern(e.getDefaultPattern()), PolicyCodec.dates(e.getHolidays())),
                e.getVersion());
    }

    private static Long millis(Duration d) {
        return d == null ? null : d.toMillis();
    }

    private static Duration duration(Long millis) {
        return millis == null ? null : Duration.ofMillis(millis);
    }
}
