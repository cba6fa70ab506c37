package works.async.plugin.issuerest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import works.async.core.ItemRef;
import works.async.plugin.item.ItemViews;
import works.async.plugin.ownership.OwnershipActions;
import works.async.plugin.reply.ReplyActions;
import works.async.plugin.rest.ItemEndpoints;
import works.async.plugin.rest.Json;
import works.async.plugin.rest.Views;

/** A Jira issue's agreements: {@code /issues/{key}/...}. */
@Path("issues/{key}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IssueResource {

    private static final ItemRef.Kind KIND = ItemRef.Kind.JIRA_ISSUE;

    private final ItemEndpoints endpoints;

    @Inject
    public IssueResource(ItemViews items, OwnershipActions ownership, ReplyActions replies, Views views) {
        this.endpoints = new ItemEndpoints(items, ownership, replies, views);
    }

    @GET
    @Path("async")
    public Json.ItemAsync async(@PathParam("key") String key) {
        return endpoints.async(KIND, key);
    }

    @POST
    @Path("ownership/confirm")
    public Json.Ownership confirm(@PathParam("key") String key, Json.ConfirmInput input) {
        return endpoints.confirm(KIND, key, input);
    }

    @POST
    @Path("ownership/decline")
    public Json.Ownership decline(@PathParam("key") String key, Json.DeclineInput input) {
        return endpoints.decline(KIND, key, input);
    }

    @POST
    @Path("reply-requests")
    public Response ask(@PathParam("key") String key, Json.AskInput input) {
        return endpoints.ask(KIND, key, input);
    }
}
