package works.async.plugin.app;

import java.util.List;

import works.async.plugin.rest.AttentionResource;
import works.async.plugin.rest.CalendarResource;
import works.async.plugin.rest.DomainExceptionMapper;
import works.async.plugin.rest.InsightResource;
import works.async.plugin.rest.IssueResource;
import works.async.plugin.rest.JsonExceptionMapper;
import works.async.plugin.rest.Messages;
import works.async.plugin.rest.OutboxResource;
import works.async.plugin.rest.PageResource;
import works.async.plugin.rest.PolicyResource;
import works.async.plugin.rest.ReplyRequestResource;
import works.async.plugin.rest.ReportResource;
import works.async.plugin.rest.ReportSeriesResource;
import works.async.plugin.rest.ScheduleResource;
import works.async.plugin.rest.UnexpectedExceptionMapper;
import works.async.plugin.rest.UserResource;
import works.async.plugin.rest.Views;
import works.async.plugin.rest.WebExceptionMapper;

/**
 * Every JAX-RS resource and provider of the plugin as instances, for hosts that register instances (the sandbox);
 * Jira and Confluence build the same classes through their {@code @Inject} constructors.
 */
public final class RestComponents {

    private RestComponents() {
    }

    public static List<Object> of(AsyncWork app) {
        Messages messages = new Messages(app.i18n());
        Views views = new Views(app.people());
        return List.of(
                new CalendarResource(app.calendar()),
                new ScheduleResource(app.schedules()),
                new IssueResource(app.items(), app.ownership(), app.replies(), views),
                new PageResource(app.items(), app.ownership(), app.replies(), views),
                new ReplyRequestResource(app.replies(), views),
                new ReportResource(app.reports(), app.people()),
                new ReportSeriesResource(app.reports(), app.people()),
                new PolicyResource(app.policies()),
                new UserResource(app.people(), views),
                new InsightResource(app.insights()),
                new OutboxResource(app.outbox()),
                new AttentionResource(app.attention()),
                new DomainExceptionMapper(messages),
                new JsonExceptionMapper(messages),
                new WebExceptionMapper(messages),
                new UnexpectedExceptionMapper(messages));
    }
}
