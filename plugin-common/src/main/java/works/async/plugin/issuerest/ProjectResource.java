package works.async.plugin.issuerest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import works.async.core.policy.PolicyScope.ContainerKind;
import works.async.plugin.access.People;
import works.async.plugin.agreement.AgreementActions;
import works.async.plugin.projectpage.ProjectPageActions;
import works.async.plugin.projectpage.ReportDraft;
import works.async.plugin.report.ReportSummary;
import works.async.plugin.rest.Json;
import works.async.plugin.rest.Parse;
import works.async.plugin.rest.ReportJson;

/**
 * A Jira project's page: the reports published on it and the draft of its next report. A report is published on the
 * page with {@code POST /reports} and {@code "issue": "<project key>"}.
 */
@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {

    /**
     * A draft for its author to edit: a suggested title and body, the period it covers, and the user names of the
     * project policy's default reviewers as its proposed required reviewers.
     */
    public record Draft(String project, String title, String body, String since, boolean sinceLastReport,
                        List<String> requiredReviewers) {
    }

    /** A report as the page lists it. */
    public record ReportLine(String id, String title, String author, String authorName, String state,
                             String publishedAt, String closesAt) {
    }

    private final ProjectPageActions pages;
    private final AgreementActions agreements;
    private final People people;

    @Inject
    public ProjectResource(ProjectPageActions pages, AgreementActions agreements, People people) {
        this.pages = pages;
        this.agreements = agreements;
        this.people = people;
    }

    @GET
    @Path("{key}/report-draft")
    public Draft draft(@PathParam("key") String key) {
        ReportDraft d = pages.draft(key);
        return new Draft(d.projectKey(), d.title(), d.body(), Parse.text(d.since()), d.sinceLastReport(),
                d.reviewers());
    }

    @GET
    @Path("{key}/reports")
    public List<ReportLine> reports(@PathParam("key") String key) {
        return pages.reports(key).stream().map(this::line).toList();
    }

    @GET
    @Path("{key}/agreement")
    public Json.Agreement agreement(@PathParam("key") String key) {
        return Json.Agreement.of(agreements.standing(ContainerKind.JIRA_PROJECT, key));
    }

    @POST
    @Path("{key}/agreement/acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    public Json.Agreement acknowledge(@PathParam("key") String key) {
        return Json.Agreement.of(agreements.acknowledge(ContainerKind.JIRA_PROJECT, key));
    }

    private ReportLine line(ReportSummary r) {
        return new ReportLine(r.id(), r.title(), r.author(), ReportJson.name(people, r.author()), r.state().name(),
                Parse.text(r.publishedAt()), Parse.text(r.closesAt()));
    }
}
