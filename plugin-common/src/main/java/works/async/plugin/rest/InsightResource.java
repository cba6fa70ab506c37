package works.async.plugin.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import works.async.core.insight.TeamInsights;
import works.async.plugin.insight.Insights;

/** Team-level insights of a project or space (aggregates only, nothing per person). */
@Path("insights")
@Produces(MediaType.APPLICATION_JSON)
public class InsightResource {

    private final Insights insights;

    @Inject
    public InsightResource(Insights insights) {
        this.insights = insights;
    }

    /** Answered agreements, how many in time, and the share (null with no data). */
    public record Kept(int answered, int withinWindow, Double share) {
    }

    /** One week of the trend; {@code weekStart} is the Monday (UTC). */
    public record Week(String weekStart, Integer dueInWeek, Integer overdue, String personHoursReplaced) {
    }

    /** Figures not shown because fewer than {@code minimumPeople} people are behind them, and why in words. */
    public record Withheld(String figures, String message) {
    }

    /**
     * Person-hours are decimal strings ("12.50") so no precision is lost on the way. A withheld figure is null and
     * its group is listed in {@code withheld}: figures of fewer than {@code minimumPeople} people would be one
     * person's own.
     */
    public record Body(String containerKey, int weeks, Kept confirmations, Kept replies, Long medianMinutesToConfirm,
                       Long medianMinutesToReply, Integer overdueNow, String personHoursReplaced, List<Week> trend,
                       int minimumPeople, List<Withheld> withheld) {
    }

    @GET
    @Path("projects/{key}")
    public Body project(@PathParam("key") String key, @QueryParam("weeks") String weeks) {
        return body(insights.project(key, Parse.integer(weeks, "weeks")));
    }

    @GET
    @Path("spaces/{key}")
    public Body space(@PathParam("key") String key, @QueryParam("weeks") String weeks) {
        return body(insights.space(key, Parse.integer(weeks, "weeks")));
    }

    public static Body body(TeamInsights t) {
        return new Body(t.containerKey(), t.weeks(), kept(t.confirmations()), kept(t.replies()),
                t.medianMinutesToConfirm(), t.medianMinutesToReply(), t.overdueNow(),
                t.personHoursReplaced().toPlainString(),
                t.trend().stream().map(w -> new Week(w.weekStart().toString(), w.dueInWeek(), w.overdue(),
                        w.personHoursReplaced().toPlainString())).toList(), t.minimumPeople(),
                t.withheld().stream().map(w -> new Withheld(w.id(), w.reason(t.minimumPeople()))).toList());
    }

    private static Kept kept(TeamInsights.Kept k) {
        return k == null ? null : new Kept(k.answered(), k.withinWindow(), k.share());
    }
}
