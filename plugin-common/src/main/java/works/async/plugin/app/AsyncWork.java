package works.async.plugin.app;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import com.atlassian.sal.api.message.I18nResolver;

import works.async.core.ItemRef;
import works.async.core.policy.PolicyService;
import works.async.core.reply.ReplyRequest;
import works.async.plugin.access.Access;
import works.async.plugin.access.Caller;
import works.async.plugin.access.People;
import works.async.plugin.access.Tx;
import works.async.plugin.ao.AoInsightSource;
import works.async.plugin.ao.AoOwnershipStore;
import works.async.plugin.ao.AoPolicyStore;
import works.async.plugin.ao.AoReplyStore;
import works.async.plugin.ao.AoReportStore;
import works.async.plugin.ao.AoScheduleStore;
import works.async.plugin.ao.Outbox;
import works.async.plugin.calendar.CalendarPreview;
import works.async.plugin.calendar.Calendars;
import works.async.plugin.escalation.Attention;
import works.async.plugin.escalation.EscalationJob;
import works.async.plugin.escalation.ReportDeadlines;
import works.async.plugin.insight.Insights;
import works.async.plugin.item.DeletedItems;
import works.async.plugin.item.ItemPanelReader;
import works.async.plugin.item.ItemViews;
import works.async.plugin.outbox.OutboxView;
import works.async.plugin.ownership.OwnershipActions;
import works.async.plugin.policy.PolicyActions;
import works.async.plugin.reply.AutoRequests;
import works.async.plugin.reply.ReplyActions;
import works.async.plugin.reply.ReplyWindowsOf;
import works.async.plugin.report.ReportActions;
import works.async.plugin.schedule.ScheduleActions;
import works.async.plugin.spi.HostItem;

/**
 * The composition root of the shared plugin code, in plain Java so that Jira, Confluence (through Spring beans)
 * and the sandbox (directly) build the same graph: application services, host-event hooks and REST components.
 */
public final class AsyncWork {

    private final Parts parts;
    private final OwnershipActions ownership;
    private final ReplyActions replies;
    private final ReportActions reports;
    private final PolicyActions policies;
    private final ScheduleActions schedules;
    private final ItemViews items;
    private final Insights insights;
    private final OutboxView outbox;
    private final Attention attention;
    private final DeletedItems deletedItems;
    private final EscalationJob escalation;
    private final People people;
    private final CalendarPreview calendar;
    private final AutoRequests autoRequests;
    private final I18nResolver i18n;

    AsyncWork(AsyncWorkBuilder b) {
        Clock clock = b.millisecondClock();
        parts = new Parts(b, clock);
        i18n = b.i18n;
        people = new People(b.directory, parts.caller);
        ownership = new OwnershipActions(parts.ownershipStore, parts.policyService, parts.calendars, parts.access,
                parts.caller, parts.tx, clock);
        replies = new ReplyActions(parts.replyStore, parts.reportStore, new ReplyWindowsOf(parts.policyService),
                parts.calendars, parts.access, people, parts.caller, parts.tx, clock);
        reports = new ReportActions(parts.reportStore, parts.policyService, replies, parts.calendars, parts.access,
                people, parts.caller, parts.tx, clock);
        policies = new PolicyActions(parts.policyService, parts.access, parts.tx);
        schedules = new ScheduleActions(parts.scheduleStore, parts.replyStore, parts.policyService, parts.calendars,
                people, parts.caller, parts.tx, clock);
        items = new ItemViews(new ItemPanelReader(parts.ownershipStore, parts.replyStore, parts.reportStore),
                ownership, parts.access, parts.caller);
        insights = new Insights(b.insightSource != null ? b.insightSource
                : new AoInsightSource(parts.ownershipStore, parts.replyStore, parts.reportStore),
                parts.calendars, parts.access, clock);
        outbox = new OutboxView(parts.outbox, parts.access, clock);
        attention = new Attention(parts.ownershipStore, parts.replyStore, parts.reportStore, parts.access);
        deletedItems = new DeletedItems(parts.ownershipStore, parts.replyStore, clock);
        escalation = new EscalationJob(parts.ownershipStore, parts.replyStore,
                new ReportDeadlines(parts.reportStore, parts.outbox, b.items, parts.calendars, parts.tx, clock),
                parts.outbox, b.items, b.directory, b.mailer, parts.policyService, parts.calendars, clock);
        calendar = new CalendarPreview(parts.calendars, people, parts.caller, clock);
        autoRequests = new AutoRequests(parts.policyService, replies, b.directory, parts.access);
    }

    public static AsyncWorkBuilder builder() {
        return new AsyncWorkBuilder();
    }

    public OwnershipActions ownership() {
        return ownership;
    }

    public ReplyActions replies() {
        return replies;
    }

    public ReportActions reports() {
        return reports;
    }

    public PolicyActions policies() {
        return policies;
    }

    public ScheduleActions schedules() {
        return schedules;
    }

    public ItemViews items() {
        return items;
    }

    public Insights insights() {
        return insights;
    }

    public OutboxView outbox() {
        return outbox;
    }

    /** The administrators' list of requests the escalation pass could not plan. */
    public Attention attention() {
        return attention;
    }

    public EscalationJob escalation() {
        return escalation;
    }

    public People people() {
        return people;
    }

    public CalendarPreview calendar() {
        return calendar;
    }

    public Caller caller() {
        return parts.caller;
    }

    public I18nResolver i18n() {
        return i18n;
    }

    /** Host hook: the item got an owner (assignee / action-item owner); opens a confirmation when policy asks. */
    public void itemAssigned(HostItem item, String owner, String actor) {
        ownership.open(Objects.requireNonNull(item, "item"), owner, actor);
    }

    /**
     * Host hook: a comment was posted. It answers the author's open requests on the item, and (when the policy
     * enables it) opens automatic requests for people it @mentions with a question; returns those.
     */
    public List<ReplyRequest> commentAdded(HostItem item, String author, String commentId, String text) {
        Objects.requireNonNull(item, "item");
        return parts.tx.call(() -> {
            replies.answerByComment(item.ref(), author, commentId);
            return autoRequests.open(item, author, commentId, text);
        });
    }

    /** Host hook: the item was resolved or closed; a still waiting ownership request is withdrawn. */
    public void itemResolved(HostItem item) {
        ownership.close(Objects.requireNonNull(item, "item"));
    }

    /**
     * Host hook: the issue or page was deleted. Its open requests are closed with the reason "item deleted" and never
     * escalated again (the escalation pass closes them the same way when it finds the item gone, should this event be
     * missed). Returns how many were closed.
     */
    public int itemDeleted(ItemRef item) {
        return deletedItems.close(Objects.requireNonNull(item, "item"));
    }

    /** JAX-RS resources and providers for hosts that register instances (the sandbox). */
    public List<Object> restComponents() {
        return RestComponents.of(this);
    }

    /** The stores and shared helpers every service is built from. */
    private static final class Parts {
        final Tx tx;
        final Caller caller;
        final Access access;
        final AoOwnershipStore ownershipStore;
        final AoReplyStore replyStore;
        final AoReportStore reportStore;
        final AoScheduleStore scheduleStore;
        final PolicyService policyService;
        final Calendars calendars;
        final Outbox outbox;

        Parts(AsyncWorkBuilder b, Clock clock) {
            tx = new Tx(b.ao);
            caller = new Caller(b.users);
            access = new Access(b.items, caller);
            ownershipStore = new AoOwnershipStore(b.ao);
            replyStore = new AoReplyStore(b.ao);
            reportStore = new AoReportStore(b.ao);
            scheduleStore = new AoScheduleStore(b.ao);
            policyService = new PolicyService(new AoPolicyStore(b.ao), clock);
            calendars = new Calendars(scheduleStore, b.directory, policyService, clock.getZone());
            outbox = new Outbox(b.ao);
        }
    }
}
