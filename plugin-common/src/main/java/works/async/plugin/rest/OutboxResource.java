package works.async.plugin.rest;

import java.util.List;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.escalation.Notification;
import works.async.plugin.outbox.OutboxRow;
import works.async.plugin.outbox.OutboxView;

/**
 * Administrators see notifications not delivered yet (waiting for their addressee's working hours, failing, or
 * parked after too many failures) and retry a failing or parked one.
 */
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
     * One undelivered notification.
     *
     * @param id            the row to retry ({@code POST /outbox/{id}/retry})
     * @param key           idempotency key (kind, level, request)
     * @param kind          OWNERSHIP, REPLY, REPORT_FEEDBACK or REPORT_SERIES
     * @param level         0 = reminder, 1.. = escalation level
     * @param requestId     the request it is about
     * @param itemKind      JIRA_ISSUE or CONFLUENCE_PAGE of the item the request is on; null once the request is gone
     * @param itemKey       the issue key or page id; null once the request is gone
     * @param deliverAt     when it goes out next (after a failure: the next attempt)
     * @param state         WAITING, FAILING (tried again at deliverAt) or PARKED (only an administrator's retry
     *                      sends it)
     * @param attempts      failed attempts so far
     * @param lastError     what the mail system said last time, short and without technical detail; null if nothing
     * @param lastAttemptAt when delivery last failed; null if it never did
     */
    public record Row(int id, String key, String kind, int level, String requestId, String itemKind, String itemKey,
                      String containerKey, String addressee, String recipient, String dueAt, String deliverAt,
                      boolean urgentOverride, String state, int attempts, String lastError, String lastAttemptAt) {

        static Row of(OutboxRow row) {
            Notification n = row.notification();
            ItemRef item = row.about().orElse(null);
            return new Row(row.id(), n.key().asString(), n.key().kind().name(), n.level(), n.key().requestId(),
                    item == null ? null : item.kind().name(), item == null ? null : item.itemKey(),
                    item == null ? null : item.containerKey(), n.addressee(), n.recipient(), Parse.text(n.dueAt()),
                    Parse.text(n.deliverAt()), n.urgentOverride(), row.state().name(), row.attempts(),
                    row.lastError().isEmpty() ? null : row.lastError(), Parse.text(row.lastAttemptAt()));
        }
    }

    @GET
    public List<Row> pending(@QueryParam("limit") String limitText) {
        Integer limit = Parse.integer(limitText, "limit");
        return outbox.rows(limit == null ? OutboxView.MAX_ROWS : limit).stream().map(Row::of).toList();
    }

    /**
     * Sends a failing or parked notification again with the next pass, with a fresh round of attempts. The body is
     * ignored ({@code {}}); it is JSON so that the call passes the host's XSRF check like every other change.
     */
    @POST
    @Path("{id}/retry")
    public Row retry(@PathParam("id") String id) {
        return Row.of(outbox.retry(rowId(id)));
    }

    private static int rowId(String id) {
        try {
            return Integer.parseInt(id);
        } catch (NumberFormatException e) {
            // Row ids are numbers; anything else names no row.
            throw new DomainException(ErrorCode.NOT_FOUND, "id", "No such notification.");
        }
    }
}
