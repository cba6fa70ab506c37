package works.async.plugin.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import works.async.core.insight.TeamInsights;
import works.async.plugin.waiting.WaitingForMe;

/**
 * What waits for the caller, the read behind the "waiting for me" page: only their own, only on items they may see.
 * There is no parameter naming anyone else: a person's lists and figures are theirs alone.
 */
@Path("waiting")
@Produces(MediaType.APPLICATION_JSON)
public class WaitingResource {

    private final WaitingForMe waiting;

    @Inject
    public WaitingResource(WaitingForMe waiting) {
        this.waiting = waiting;
    }

    /**
     * One thing waiting, on an item the caller may see.
     *
     * @param kind     REPLY, OWNERSHIP or REPORT
     * @param id       the request's or report's id
     * @param itemKind JIRA_ISSUE or CONFLUENCE_PAGE
     * @param itemKey  the issue key or page id (a project key for a project's report)
     * @param title    the summary, the page's title, or the report's title
     * @param dueAt    when it is due (ISO-8601 UTC)
     */
    public record Item(String kind, String id, String itemKind, String itemKey, String title, String dueAt) {
    }

    /** A working agreement to acknowledge: JIRA_PROJECT or CONFLUENCE_SPACE, its key and name. */
    public record Agreement(String kind, String key, String name) {
    }

    /** The caller's own figures over {@code weeks} weeks; null medians when nothing was answered. */
    public record Figures(int weeks, int repliesAnswered, int repliesWithinWindow, Long medianMinutesToReply,
                          int confirmationsAnswered, int confirmationsWithinWindow, Long medianMinutesToConfirm,
                          int overdueNow) {
    }

    public record Body(List<Item> replies, List<Item> ownership, List<Item> reports, List<Agreement> agreements,
                       Figures figures) {
    }

    @GET
    public Body mine() {
        WaitingForMe.Waiting mine = waiting.mine();
        return new Body(
                mine.replies().stream().map(o -> new Item("REPLY", o.request().id(), o.item().ref().kind().name(),
                        o.item().ref().itemKey(), o.item().title(), Parse.text(o.request().dueAt()))).toList(),
                mine.ownership().stream().map(o -> new Item("OWNERSHIP", o.request().id(),
                        o.item().ref().kind().name(), o.item().ref().itemKey(), o.item().title(),
                        Parse.text(o.request().dueAt()))).toList(),
                mine.reports().stream().map(o -> new Item("REPORT", o.request().id(), o.item().ref().kind().name(),
                        o.item().ref().itemKey(), o.request().title(),
                        Parse.text(o.request().reviewer(mine.userKey()).orElseThrow().dueAt()))).toList(),
                mine.agreements().stream().map(a -> new Agreement(a.kind().name(), a.containerKey(), a.name()))
                        .toList(),
                figures(mine.figures()));
    }

    private static Figures figures(TeamInsights own) {
        TeamInsights.Kept replies = own.replies() == null ? new TeamInsights.Kept(0, 0) : own.replies();
        TeamInsights.Kept confirmations = own.confirmations() == null ? new TeamInsights.Kept(0, 0) : own.confirmations();
        return new Figures(own.weeks(), replies.answered(), replies.withinWindow(), own.medianMinutesToReply(),
                confirmations.answered(), confirmations.withinWindow(), own.medianMinutesToConfirm(),
                own.overdueNow() == null ? 0 : own.overdueNow());
    }
}
