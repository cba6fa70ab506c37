package works.async.plugin.rest;

import java.util.List;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import works.async.plugin.escalation.Attention;

/** Administrators see the requests the escalation pass could not plan, with what is wrong and the next retry. */
@Path("attention")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class AttentionResource {

    private final Attention attention;

    @Inject
    public AttentionResource(Attention attention) {
        this.attention = attention;
    }

    /**
     * One row the pass could not plan.
     *
     * @param kind      OWNERSHIP, REPLY or REPORT_FEEDBACK
     * @param requestId the request ("reportId/reviewer" for report feedback)
     * @param item      the issue key or page id, or null when unknown
     * @param nextRetry when the pass tries again (ISO-8601 UTC)
     */
    public record Row(String kind, String requestId, String item, String itemKind, String problem, int retries,
                      String nextRetry) {
    }

    @GET
    public List<Row> rows() {
        return attention.rows().stream().map(r -> new Row(r.kind().name(), r.requestId(),
                r.item() == null ? null : r.item().itemKey(), r.item() == null ? null : r.item().kind().name(),
                r.problem(), r.retries(), Parse.text(r.nextRetry()))).toList();
    }
}
