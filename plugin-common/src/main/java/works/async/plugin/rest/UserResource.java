package works.async.plugin.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import works.async.core.DomainException;
import works.async.plugin.access.People;
import works.async.core.ErrorCode;

/** Choosing people (recipients, reviewers, coordinators) and the caller's own profile. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    private final People people;
    private final Views views;

    @Inject
    public UserResource(People people, Views views) {
        this.people = people;
        this.views = views;
    }

    @GET
    public List<Json.User> search(@QueryParam("query") String query, @QueryParam("limit") String limitText) {
        Integer limit = Parse.integer(limitText, "limit");
        return people.search(query, limit == null ? People.MAX_RESULTS : limit).stream().map(views::user).toList();
    }

    @GET
    @Path("me")
    public Json.User me() {
        return people.me().map(views::user)
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, null, "Unknown user."));
    }
}
