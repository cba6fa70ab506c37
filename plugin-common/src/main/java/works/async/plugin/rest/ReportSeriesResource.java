package works.async.plugin.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.report.Cadence;
import works.async.core.report.ReportSeries;
import works.async.core.report.ReportSeriesService.OccurrenceScheduled;
import works.async.plugin.access.People;
import works.async.plugin.report.ReportActions;

/**
 * Recurring report series: a meeting replaced by a report every week, fortnight or month. Its author is reminded on
 * each report's date and moves the series on once the report is out (or skipped).
 */
@Path("report-series")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportSeriesResource {

    /** A new series on an issue ({@code issue}) or a page ({@code page}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Input(String issue, String page, ReportJson.Meeting meeting, String cadence, String firstOccurrence) {
    }

    /**
     * A series and its next report: the date it is due (author's zone) and when the author is reminded.
     *
     * @param occurrence how many reports of the series came before the next one
     */
    public record Body(String id, Json.Item item, ReportJson.Meeting meeting, String author, String authorName,
                       String cadence, String firstOccurrence, int occurrence, String nextOccurrence, String remindAt,
                       long version) {
    }

    private final ReportActions reports;
    private final People people;

    @Inject
    public ReportSeriesResource(ReportActions reports, People people) {
        this.reports = reports;
        this.people = people;
    }

    @POST
    public Response start(Input input) {
        return Response.status(Response.Status.CREATED).entity(body(reports.startSeries(draft(input)))).build();
    }

    @GET
    @Path("{id}")
    public Body get(@PathParam("id") String id) {
        return body(reports.series(id));
    }

    /** Which report date the author marks done: the {@code nextOccurrence} they were shown. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Advance(String occurrence) {
    }

    /**
     * The author's "this report is done (or skipped)": the series moves from the date they saw to its next one. The
     * date makes the call idempotent: a repeat (a double click, a retried request) is a 409 {@code series_moved_on}.
     */
    @POST
    @Path("{id}/advance")
    public Body advance(@PathParam("id") String id, Advance input) {
        // A missing date is refused by the series itself, after the not-found and author checks.
        return body(reports.advanceSeries(id, input == null ? null : Parse.date(input.occurrence(), "occurrence")));
    }

    private static ReportActions.SeriesDraft draft(Input in) {
        if (in == null) {
            throw new DomainException(ErrorCode.REQUIRED, null, "A report series is required.");
        }
        if ((in.issue() == null) == (in.page() == null)) {
            throw new DomainException(ErrorCode.REQUIRED, "issue", "Name the issue or the page the reports go on.");
        }
        return new ReportActions.SeriesDraft(in.issue() != null ? ItemRef.Kind.JIRA_ISSUE : ItemRef.Kind.CONFLUENCE_PAGE,
                in.issue() != null ? in.issue() : in.page(), ReportJson.meeting(in.meeting()), cadence(in.cadence()),
                Parse.date(in.firstOccurrence(), "firstOccurrence"));
    }

    private static Cadence cadence(String text) {
        if (text == null) {
            return null; // the series itself names the missing field
        }
        try {
            return Cadence.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new DomainException(ErrorCode.INVALID_KIND, "cadence", "WEEKLY, BIWEEKLY or MONTHLY.");
        }
    }

    private Body body(OccurrenceScheduled scheduled) {
        ReportSeries s = scheduled.series();
        return new Body(s.id(), Views.item(s.item(), null), ReportJson.meeting(s.meeting()), s.author(),
                ReportJson.name(people, s.author()), s.cadence().name(), s.firstOccurrence().toString(),
                s.occurrenceIndex(), scheduled.occurrence().toString(), Parse.text(scheduled.remindAt()), s.version());
    }
}
