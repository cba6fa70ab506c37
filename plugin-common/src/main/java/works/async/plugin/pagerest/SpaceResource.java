package works.async.plugin.pagerest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import works.async.core.policy.PolicyScope.ContainerKind;
import works.async.plugin.agreement.AgreementActions;
import works.async.plugin.rest.Json;

/**
 * A Confluence space's working agreement as its members acknowledge it: {@code /spaces/{key}/agreement}, the same
 * answers as a Jira project's ({@code /projects/{key}/agreement}).
 */
@Path("spaces/{key}")
@Produces(MediaType.APPLICATION_JSON)
public class SpaceResource {

    private final AgreementActions agreements;

    @Inject
    public SpaceResource(AgreementActions agreements) {
        this.agreements = agreements;
    }

    @GET
    @Path("agreement")
    public Json.Agreement agreement(@PathParam("key") String key) {
        return Json.Agreement.of(agreements.standing(ContainerKind.CONFLUENCE_SPACE, key));
    }

    @POST
    @Path("agreement/acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    public Json.Agreement acknowledge(@PathParam("key") String key) {
        return Json.Agreement.of(agreements.acknowledge(ContainerKind.CONFLUENCE_SPACE, key));
    }
}
