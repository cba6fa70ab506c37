package works.async.plugin.rest;

import java.util.List;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import works.async.plugin.app.OutboxView;

/** Administrators see notifications waiting for their addressee's working hours. */
@Path("outbox")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    private final OutboxView outbox;

    @Inject
    public OutboxResource(OutboxView outbox) {
        this.outbox = outbox;
    }

    /**
     * One waiting notification.
     *
     * @param key       idempotency key (kind, level, request)
     * @param kind      OWNERSHIP, REPLY or REPORT_FEEDBACK
     * @param level     0 = reminder, 1.. = escalation level
     * @param requestId the request it is about
     */
    public record Row(String key, String kind, int level, String requestId, String addressee, String recipient,
                      String dueAt, String deliverAt, boolean urgentOverride) {
    }

    @GET
    public List<Row> pending(@QueryParam("limit") Integer limit) {
        return outbox.pending(limit == null ? OutboxView.MAX_ROWS : limit).stream()
                .map(n -> new Row(n.key().asString(), n.key().kind().name(), n.level(), n.key().requestId(),
                        n.addressee(), n.recipient(), Parse.text(n.dueAt()), Parse.text(n.deliverAt()),
                        n.urgentOverride()))
                .toList();
    }
}
