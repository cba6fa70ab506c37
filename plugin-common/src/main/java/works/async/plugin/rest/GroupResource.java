package works.async.plugin.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import works.async.plugin.access.Groups;

/**
 * {@code GET /groups?query=X&limit=N}: the host's groups whose name contains the query, as {@code [{"name": ...}]},
 * at most {@code limit} (1 to 20, default 20), for the group picker of the policy form. Signed-in users only.
 */
@Path("groups")
@Produces(MediaType.APPLICATION_JSON)
public class GroupResource {

    private final Groups groups;

    @Inject
    public GroupResource(Groups groups) {
        this.groups = groups;
    }

    @GET
    public List<Json.Group> search(@QueryParam("query") String query, @QueryParam("limit") String limitText) {
        Integer limit = Parse.integer(limitText, "limit");
        return groups.search(query, limit == null ? Groups.MAX_RESULTS : limit).stream().map(Json.Group::new).toList();
    }
}
