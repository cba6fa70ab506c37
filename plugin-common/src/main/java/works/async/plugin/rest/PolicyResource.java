package works.async.plugin.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import works.async.core.Bounds;
import works.async.core.policy.Policy;
import works.async.core.policy.PolicyScope;
import works.async.plugin.policy.PolicyActions;

/**
 * The global, project and space policies. Reading is open to signed-in users who can see the scope; changing is for
 * administrators (global) and the project's or space's admins (their own), checked in the application layer.
 */
@Path("policies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PolicyResource {

    private final PolicyActions policies;

    @Inject
    public PolicyResource(PolicyActions policies) {
        this.policies = policies;
    }

    @GET
    @Path("global")
    public PolicyJson.View global() {
        return PolicyJson.view(policies.get(PolicyScope.global()));
    }

    @PUT
    @Path("global")
    public PolicyJson.View updateGlobal(@QueryParam("dryRun") boolean dryRun, PolicyJson.Body body) {
        return update(PolicyScope.global(), body, dryRun);
    }

    @GET
    @Path("projects/{key}")
    public PolicyJson.View project(@PathParam("key") String key) {
        return PolicyJson.view(policies.get(PolicyScope.jiraProject(key(key))));
    }

    @PUT
    @Path("projects/{key}")
    public PolicyJson.View updateProject(@PathParam("key") String key, @QueryParam("dryRun") boolean dryRun,
                                         PolicyJson.Body body) {
        return update(PolicyScope.jiraProject(key(key)), body, dryRun);
    }

    @GET
    @Path("spaces/{key}")
    public PolicyJson.View space(@PathParam("key") String key) {
        return PolicyJson.view(policies.get(PolicyScope.confluenceSpace(key(key))));
    }

    @PUT
    @Path("spaces/{key}")
    public PolicyJson.View updateSpace(@PathParam("key") String key, @QueryParam("dryRun") boolean dryRun,
                                       PolicyJson.Body body) {
        return update(PolicyScope.confluenceSpace(key(key)), body, dryRun);
    }

    /** An issue type's policy within a project: it overrides the project's for issues of that type. */
    @GET
    @Path("projects/{key}/types/{type}")
    public PolicyJson.View projectItemType(@PathParam("key") String key, @PathParam("type") String type) {
        return PolicyJson.view(policies.get(itemType(PolicyScope.jiraProject(key(key)), type)));
    }

    @PUT
    @Path("projects/{key}/types/{type}")
    public PolicyJson.View updateProjectItemType(@PathParam("key") String key, @PathParam("type") String type,
                                                 @QueryParam("dryRun") boolean dryRun, PolicyJson.Body body) {
        return update(itemType(PolicyScope.jiraProject(key(key)), type), body, dryRun);
    }

    /** A content type's policy within a space (e.g. {@code page} or {@code action-item}). */
    @GET
    @Path("spaces/{key}/types/{type}")
    public PolicyJson.View spaceItemType(@PathParam("key") String key, @PathParam("type") String type) {
        return PolicyJson.view(policies.get(itemType(PolicyScope.confluenceSpace(key(key)), type)));
    }

    @PUT
    @Path("spaces/{key}/types/{type}")
    public PolicyJson.View updateSpaceItemType(@PathParam("key") String key, @PathParam("type") String type,
                                               @QueryParam("dryRun") boolean dryRun, PolicyJson.Body body) {
        return update(itemType(PolicyScope.confluenceSpace(key(key)), type), body, dryRun);
    }

    /**
     * Without a {@code version} the save overwrites; with one, a save in between answers 409. Values that cannot be
     * read and the rules' problems with the rest are refused in one answer. With {@code ?dryRun=true} the draft is
     * only checked: the same refusal, or the policy as stored, unchanged (the form checks a draft it cannot send
     * whole this way, so one round shows every problem).
     */
    private PolicyJson.View update(PolicyScope scope, PolicyJson.Body body, boolean dryRun) {
        policies.requireAdmin(scope);
        PolicyInput.Read read = PolicyInput.read(body);
        if (dryRun || !read.problems().isEmpty()) {
            policies.check(scope, read.draft(), read.problems());
        }
        if (dryRun) {
            return PolicyJson.view(policies.get(scope));
        }
        long version = body.version() != null ? body.version() : policies.get(scope).own().version();
        return PolicyJson.view(policies.update(scope, read.draft(), version));
    }

    /** A project or space key from the path; bounded so that the scope's stored id (450 characters) always fits. */
    private static String key(String key) {
        Bounds.requireName(key, Bounds.MAX_CONTAINER_KEY, "key");
        return key;
    }

    private static PolicyScope itemType(PolicyScope container, String type) {
        Bounds.requireName(type, Bounds.MAX_ITEM_TYPE, "type");
        return container.withItemType(type);
    }
}
