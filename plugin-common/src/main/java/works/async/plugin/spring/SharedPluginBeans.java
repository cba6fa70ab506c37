package works.async.plugin.spring;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import works.async.core.policy.PolicyService;
import works.async.core.policy.PolicyStore;
import works.async.core.report.ReportStore;
import works.async.core.schedule.ScheduleStore;
import works.async.plugin.access.Access;
import works.async.plugin.access.Caller;
import works.async.plugin.access.Groups;
import works.async.plugin.access.People;
import works.async.plugin.access.Tx;
import works.async.plugin.agreement.AgreementAcks;
import works.async.plugin.agreement.AgreementActions;
import works.async.plugin.ao.AoAgreementAcks;
import works.async.plugin.ao.AoInsightSource;
import works.async.plugin.ao.AoOwnershipStore;
import works.async.plugin.ao.AoPolicyStore;
import works.async.plugin.ao.AoReplyStore;
import works.async.plugin.ao.AoReportStore;
import works.async.plugin.ao.AoScheduleStore;
import works.async.plugin.ao.AoWakeStore;
import works.async.plugin.ao.Outbox;
import works.async.plugin.followup.WakeStore;
import works.async.plugin.calendar.CalendarPreview;
import works.async.plugin.calendar.Calendars;
import works.async.plugin.escalation.Attention;
import works.async.plugin.escalation.EscalationJob;
import works.async.plugin.escalation.ReportDeadlines;
import works.async.plugin.insight.InsightSource;
import works.async.plugin.insight.Insights;
import works.async.plugin.item.DeletedItems;
import works.async.plugin.item.ItemEvents;
import works.async.plugin.item.ItemPanelReader;
import works.async.plugin.item.ItemViews;
import works.async.plugin.outbox.OutboxStore;
import works.async.plugin.outbox.OutboxView;
import works.async.plugin.ownership.OwnershipActions;
import works.async.plugin.ownership.OwnershipRequestStore;
import works.async.plugin.pagemacro.PageContents;
import works.async.plugin.pagemacro.PageMacroScreens;
import works.async.plugin.pagemacro.PageActionItems;
import works.async.plugin.pagemacro.PageReports;
import works.async.plugin.policy.HostNames;
import works.async.plugin.policy.PolicyActions;
import works.async.plugin.projectpage.ProjectPageActions;
import works.async.plugin.reply.AutoRequests;
import works.async.plugin.reply.ReplyActions;
import works.async.plugin.reply.ReplyRequestStore;
import works.async.plugin.reply.ReplyWindowsOf;
import works.async.plugin.report.MeetingReportStore;
import works.async.plugin.report.ReportActions;
import works.async.plugin.schedule.ScheduleActions;
import works.async.plugin.rest.Messages;
import works.async.plugin.rest.Views;
import works.async.plugin.spi.ItemAccess;
import works.async.plugin.spi.Mailer;
import works.async.plugin.spi.ProjectWork;
import works.async.plugin.spi.UserDirectory;
import works.async.plugin.viewreads.ViewReadPolicies;
import works.async.plugin.viewreads.ViewReads;
import works.async.plugin.web.ScreenLinks;
import works.async.plugin.web.Screens;
import works.async.plugin.waiting.WaitingForMe;
import works.async.plugin.web.waiting.WaitingLinks;
import works.async.plugin.web.waiting.WaitingScreen;

/**
 * The plugin's own object graph, the same in Jira, Confluence and the sandbox: stores, application services, the
 * escalation job, the host-event hooks, the screens and the REST helpers, each built with a plain constructor (the
 * classes carry no Spring annotations). Every dependency arrives as a parameter, so no bean method calls another and
 * the class needs no CGLIB subclass.
 *
 * <p>What a host config must supply: {@code ActiveObjects}, SAL's {@code UserManager} and {@code I18nResolver}
 * (in the products: {@link SharedHostImports}), the SPI {@link UserDirectory}, {@link ItemAccess}, {@link Mailer} and
 * {@link ProjectWork} (hosts without projects give {@link ProjectWork#NONE}), a {@link HostClock} and the
 * {@link ScreenLinks} and {@link WaitingLinks}. A missing one fails the context's start, naming it.
 */
@Configuration(proxyBeanMethods = false)
public class SharedPluginBeans {

    /**
     * The clock every service reads: the host's, in whole milliseconds. The store keeps epoch milliseconds, so an
     * instant with finer precision would be answered once as computed and then differently from the store.
     */
    @Bean
    public Clock clock(HostClock host) {
        return Clock.tick(host.clock(), Duration.ofMillis(1));
    }

    // --- Stores, each typed by its port: nothing outside ao sees an AO class.

    @Bean
    public OwnershipRequestStore ownershipStore(ActiveObjects ao) {
        return new AoOwnershipStore(ao);
    }

    @Bean
    public ReplyRequestStore replyStore(ActiveObjects ao) {
        return new AoReplyStore(ao);
    }

    @Bean
    public MeetingReportStore reportStore(ActiveObjects ao) {
        return new AoReportStore(ao);
    }

    @Bean
    public ScheduleStore scheduleStore(ActiveObjects ao) {
        return new AoScheduleStore(ao);
    }

    @Bean
    public PolicyStore policyStore(ActiveObjects ao, ViewReads reads) {
        return new ViewReadPolicies(new AoPolicyStore(ao), reads);
    }

    @Bean
    public OutboxStore outbox(ActiveObjects ao) {
        return new Outbox(ao);
    }

    @Bean
    public WakeStore wakes(ActiveObjects ao) {
        return new AoWakeStore(ao);
    }

    @Bean
    public AgreementAcks agreementAcks(ActiveObjects ao) {
        return new AoAgreementAcks(ao);
    }

    @Bean
    public ItemPanelReader itemPanelReader(OwnershipRequestStore ownership, ReplyRequestStore replies,
                                           MeetingReportStore reports, ViewReads reads) {
        return new ItemPanelReader(ownership, replies, reports, reads);
    }

    /** Where insights read a project's agreements from: the plugin's own tables (no host has needed another). */
    @Bean
    public InsightSource insightSource(ActiveObjects ao) {
        return new AoInsightSource(ao);
    }

    // --- What every service shares.

    @Bean
    public Tx tx(ActiveObjects ao, ViewReads reads) {
        return new Tx(ao, reads);
    }

    /** What one issue or page view reads once; the hosts' view-page filter opens its scope. */
    @Bean
    public ViewReads viewReads() {
        return new ViewReads();
    }

    @Bean
    public Caller caller(UserManager users) {
        return new Caller(users);
    }

    @Bean
    public Access access(ItemAccess items, Caller caller, UserDirectory directory) {
        return new Access(items, caller, directory);
    }

    @Bean
    public PolicyService policyService(PolicyStore store, Clock clock, UserDirectory directory) {
        return new PolicyService(store, clock, new HostNames(directory));
    }

    /** People without a zone of their own work in the clock's zone. */
    @Bean
    public Calendars calendars(ScheduleStore schedules, UserDirectory directory, PolicyService policies, Clock clock) {
        return new Calendars(schedules, directory, policies, clock.getZone());
    }

    @Bean
    public People people(UserDirectory directory, Caller caller) {
        return new People(directory, caller);
    }

    @Bean
    public Groups groups(UserDirectory directory, Caller caller) {
        return new Groups(directory, caller);
    }

    @Bean
    public ReplyWindowsOf replyWindows(PolicyService policies) {
        return new ReplyWindowsOf(policies);
    }

    // --- Application services, as the REST resources and screens call them.

    @Bean
    public OwnershipActions ownershipActions(OwnershipRequestStore store, PolicyService policies, Calendars calendars,
                                             Access access, Caller caller, Tx tx, Clock clock) {
        return new OwnershipActions(store, policies, calendars, access, caller, tx, clock);
    }

    @Bean
    public ReplyActions replyActions(ReplyRequestStore store, ReportStore reports, ReplyWindowsOf windows,
                                     Calendars calendars, Access access, People people, Caller caller, Tx tx,
                                     Clock clock) {
        return new ReplyActions(store, reports, windows, calendars, access, people, caller, tx, clock);
    }

    @Bean
    public ReportActions reportActions(ReportStore store, PolicyService policies, ReplyActions replies,
                                       Calendars calendars, Access access, People people, Caller caller, Tx tx,
                                       ViewReads reads, Clock clock) {
        return new ReportActions(store, policies, replies, calendars, access, people, caller, tx, reads, clock);
    }

    /** Reports written in pages: what a page save (Confluence's listener, the sandbox's editor) does to them. */
    @Bean
    public PageReports pageReports(MeetingReportStore store, ItemAccess items, People people, Access access,
                                   PolicyService policies, Calendars calendars, Tx tx, Clock clock) {
        return new PageReports(store, items, people, access, policies, calendars, tx, clock);
    }

    /** Action items written in pages: the ownership requests a page save opens, reassigns and withdraws. */
    @Bean
    public PageActionItems pageActionItems(OwnershipRequestStore store, OwnershipActions ownership, ItemAccess items,
                                           People people, Access access) {
        return new PageActionItems(store, ownership, items, people, access);
    }

    /** What the macros written in pages show: their screens, or a message in the viewer's language. */
    @Bean
    public PageMacroScreens pageMacroScreens(PageReports reports, PageActionItems actionItems, Screens screens,
                                             I18nResolver i18n) {
        return new PageMacroScreens(reports, actionItems, screens, i18n);
    }

    @Bean
    public ProjectPageActions projectPageActions(MeetingReportStore reports, ReplyRequestStore replies,
                                                 OwnershipRequestStore ownership, ProjectWork work,
                                                 PolicyService policies, ItemAccess items, Access access,
                                                 People people, Caller caller, I18nResolver i18n, Clock clock) {
        return new ProjectPageActions(reports, replies, ownership, work, policies, items, access, people, caller,
                i18n, clock);
    }

    /** Members acknowledging a project's or a space's working agreement. */
    @Bean
    public AgreementActions agreementActions(AgreementAcks acks, Access access, Caller caller, Clock clock) {
        return new AgreementActions(acks, access, caller, clock);
    }

    @Bean
    public PolicyActions policyActions(PolicyService policies, Access access, Tx tx) {
        return new PolicyActions(policies, access, tx);
    }

    @Bean
    public ScheduleActions scheduleActions(ScheduleStore store, ReplyRequestStore replies, PolicyService policies,
                                           Calendars calendars, People people, Caller caller, Tx tx, Clock clock) {
        return new ScheduleActions(store, replies, policies, calendars, people, caller, tx, clock);
    }

    @Bean
    public ItemViews itemViews(ItemPanelReader reader, OwnershipActions ownership, Access access, Caller caller) {
        return new ItemViews(reader, ownership, access, caller);
    }

    @Bean
    public Insights insights(InsightSource source, Calendars calendars, Access access, Clock clock) {
        return new Insights(source, calendars, access, clock);
    }

    @Bean
    public OutboxView outboxView(OutboxStore outbox, Access access, Clock clock) {
        return new OutboxView(outbox, access, clock);
    }

    @Bean
    public Attention attention(OwnershipRequestStore ownership, ReplyRequestStore replies,
                               MeetingReportStore reports, Access access) {
        return new Attention(ownership, replies, reports, access);
    }

    @Bean
    public CalendarPreview calendarPreview(Calendars calendars, People people, Caller caller, Clock clock) {
        return new CalendarPreview(calendars, people, caller, clock);
    }

    // --- The escalation job and the host-event hooks.

    @Bean
    public ReportDeadlines reportDeadlines(MeetingReportStore store, OutboxStore outbox, ItemAccess items,
                                           Calendars calendars, Tx tx, Clock clock) {
        return new ReportDeadlines(store, outbox, items, calendars, tx, clock);
    }

    @Bean
    public EscalationJob escalationJob(OwnershipRequestStore ownership, ReplyRequestStore replies,
                                       ReportDeadlines reports, OutboxStore outbox, ItemAccess items,
                                       UserDirectory directory, Mailer mailer, PolicyService policies,
                                       Calendars calendars, WakeStore wakes, Clock clock) {
        return new EscalationJob(ownership, replies, reports, outbox, items, directory, mailer, policies, calendars,
                wakes, clock);
    }

    @Bean
    public AutoRequests autoRequests(PolicyService policies, ReplyActions replies, UserDirectory directory,
                                     Access access) {
        return new AutoRequests(policies, replies, directory, access);
    }

    @Bean
    public DeletedItems deletedItems(OwnershipRequestStore ownership, ReplyRequestStore replies,
                                     PageContents pageContents, Clock clock) {
        return new DeletedItems(ownership, replies, List.of(pageContents), clock);
    }

    /** What a trashed page takes with it: its reports, their series and its action items' requests. */
    @Bean
    public PageContents pageContents(PageReports reports, OwnershipRequestStore ownership) {
        return new PageContents(reports, ownership);
    }

    @Bean
    public ItemEvents itemEvents(OwnershipActions ownership, ReplyActions replies, AutoRequests autoRequests,
                                 DeletedItems deletedItems, Tx tx) {
        return new ItemEvents(ownership, replies, autoRequests, deletedItems, tx);
    }

    // --- What the host's web panel, macros and REST resources are built from.

    @Bean
    public Screens screens(ItemViews itemViews, PolicyActions policies, ReportActions reports,
                           ProjectPageActions projectPages, AgreementActions agreements, ScheduleActions schedules,
                           Insights insights, OutboxView outbox, Attention attention, Caller caller,
                           UserDirectory directory, ItemAccess items, I18nResolver i18n, Clock clock,
                           ScreenLinks links) {
        return new Screens(itemViews, policies, reports, projectPages, agreements, schedules, insights, outbox, attention, caller,
                directory, items, i18n, clock, links);
    }

    /** The viewer's "waiting for me" page: their own lists and figures, by the host's {@link WaitingLinks}. */
    @Bean
    public WaitingForMe waitingForMe(ReplyRequestStore replies, OwnershipRequestStore ownership,
                                     MeetingReportStore reports, AgreementAcks acks, ItemAccess items,
                                     Calendars calendars, Caller caller, Clock clock) {
        return new WaitingForMe(replies, ownership, reports, acks, items, calendars, caller, clock);
    }

    @Bean
    public WaitingScreen waitingScreen(WaitingForMe waiting, Screens screens, ScreenLinks screenLinks,
                                       WaitingLinks waitingLinks) {
        return new WaitingScreen(waiting, screens, screenLinks, waitingLinks);
    }

    @Bean
    public Messages messages(I18nResolver i18n) {
        return new Messages(i18n);
    }

    @Bean
    public Views views(People people, Clock clock) {
        return new Views(people, clock);
    }
}
