package works.async.plugin.app;

import com.atlassian.sal.api.message.I18nResolver;
import org.springframework.context.ApplicationContext;

import works.async.plugin.access.Caller;
import works.async.plugin.access.People;
import works.async.plugin.calendar.CalendarPreview;
import works.async.plugin.escalation.Attention;
import works.async.plugin.escalation.EscalationJob;
import works.async.plugin.insight.Insights;
import works.async.plugin.item.ItemEvents;
import works.async.plugin.item.ItemViews;
import works.async.plugin.outbox.OutboxView;
import works.async.plugin.ownership.OwnershipActions;
import works.async.plugin.policy.PolicyActions;
import works.async.plugin.projectpage.ProjectPageActions;
import works.async.plugin.reply.ReplyActions;
import works.async.plugin.report.ReportActions;
import works.async.plugin.schedule.ScheduleActions;

/**
 * The wired application as tests reach it: each accessor is the bean of that type in the context
 * {@link AppFixture} starts from {@code SharedPluginBeans}, so tests exercise the graph the hosts run.
 */
public final class App {

    private final ApplicationContext context;

    App(ApplicationContext context) {
        this.context = context;
    }

    public OwnershipActions ownership() {
        return bean(OwnershipActions.class);
    }

    public ReplyActions replies() {
        return bean(ReplyActions.class);
    }

    public works.async.plugin.reply.InPlaceAnswers inPlaceAnswers() {
        return bean(works.async.plugin.reply.InPlaceAnswers.class);
    }

    public ReportActions reports() {
        return bean(ReportActions.class);
    }

    public works.async.plugin.pagemacro.PageReports pageReports() {
        return bean(works.async.plugin.pagemacro.PageReports.class);
    }

    public works.async.plugin.pagemacro.PageActionItems pageActionItems() {
        return bean(works.async.plugin.pagemacro.PageActionItems.class);
    }

    public ProjectPageActions projectPages() {
        return bean(ProjectPageActions.class);
    }

    public works.async.plugin.agreement.AgreementActions agreements() {
        return bean(works.async.plugin.agreement.AgreementActions.class);
    }

    public PolicyActions policies() {
        return bean(PolicyActions.class);
    }

    public ScheduleActions schedules() {
        return bean(ScheduleActions.class);
    }

    public ItemViews items() {
        return bean(ItemViews.class);
    }

    /** Insights as wired but with another minimum group size, for the arithmetic over a handful of people. */
    public Insights insights(int minimumPeople) {
        return new Insights(bean(works.async.plugin.insight.InsightSource.class),
                bean(works.async.plugin.calendar.Calendars.class), bean(works.async.plugin.access.Access.class),
                bean(java.time.Clock.class), minimumPeople);
    }

    public Insights insights() {
        return bean(Insights.class);
    }

    public OutboxView outbox() {
        return bean(OutboxView.class);
    }

    public Attention attention() {
        return bean(Attention.class);
    }

    public EscalationJob escalation() {
        return bean(EscalationJob.class);
    }

    /** The host-event hooks (assigned, commented, resolved, deleted). */
    public ItemEvents events() {
        return bean(ItemEvents.class);
    }

    public People people() {
        return bean(People.class);
    }

    public CalendarPreview calendar() {
        return bean(CalendarPreview.class);
    }

    public Caller caller() {
        return bean(Caller.class);
    }

    public I18nResolver i18n() {
        return bean(I18nResolver.class);
    }

    /** The context itself, e.g. to create the REST resources through it as the hosts do. */
    public ApplicationContext context() {
        return context;
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }
}
