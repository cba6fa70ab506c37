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

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.report.FeedbackKind;
import works.async.plugin.access.People;
import works.async.plugin.report.ReportActions;

/** Meeting-replacement reports: publish, read, and reviewers' feedback. */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final ReportActions reports;
    private final People people;

    @Inject
    public ReportResource(ReportActions reports, People people) {
        this.reports = reports;
        this.people = people;
    }

    @POST
    public Response publish(ReportJson.Input input) {
        return Response.status(Response.Status.CREATED)
                .entity(ReportJson.body(reports.publish(ReportJson.draft(input)), people)).build();
    }

    @GET
    @Path("{id}")
    public ReportJson.Body get(@PathParam("id") String id) {
        return ReportJson.body(reports.get(id), people);
    }

    @POST
    @Path("{id}/feedback")
    public ReportJson.Body feedback(@PathParam("id") String id, ReportJson.FeedbackInput input) {
        if (input == null || input.kind() == null) {
            throw new DomainException(ErrorCode.REQUIRED, "kind", "Choose the kind of feedback.");
        }
        FeedbackKind kind;
        try {
            kind = FeedbackKind.valueOf(input.kind());
        } catch (IllegalArgumentException e) {
            throw new DomainException(ErrorCode.INVALID_KIND, "kind", "Not a kind of feedback.");
        }
        return ReportJson.body(reports.feedback(id, kind, input.text()), people);
    }
}
