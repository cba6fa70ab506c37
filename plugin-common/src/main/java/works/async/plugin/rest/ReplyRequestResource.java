package works.async.plugin.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import works.async.core.DomainException;
import works.async.plugin.reply.ReplyActions;
import works.async.core.ErrorCode;

/** One recipient's reply request: answer, withdraw, renegotiate, undo; and the caller's own open requests. */
@Path("reply-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReplyRequestResource {

    private final ReplyActions replies;
    private final Views views;

    @Inject
    public ReplyRequestResource(ReplyActions replies, Views views) {
        this.replies = replies;
        this.views = views;
    }

    /** Only {@code recipient=me} (the default) and {@code state=open} (the default): nobody lists others' requests. */
    @GET
    public List<Json.ReplyRequest> list(@QueryParam("recipient") String recipient, @QueryParam("state") String state) {
        if (recipient != null && !"me".equals(recipient)) {
            throw new DomainException(ErrorCode.UNSUPPORTED_VALUE, "recipient", "Only recipient=me is supported.");
        }
        if (state != null && !"open".equalsIgnoreCase(state)) {
            throw new DomainException(ErrorCode.UNSUPPORTED_VALUE, "state", "Only state=open is supported.");
        }
        return views.replies(replies.openForMe());
    }

    @GET
    @Path("{id}")
    public Json.ReplyRequest get(@PathParam("id") String id) {
        return views.reply(replies.get(id));
    }

    @POST
    @Path("{id}/answer")
    public Json.ReplyRequest answer(@PathParam("id") String id) {
        return views.reply(replies.answer(id));
    }

    @POST
    @Path("{id}/withdraw")
    public Json.ReplyRequest withdraw(@PathParam("id") String id, Json.WithdrawInput input) {
        return views.reply(replies.withdraw(id, input == null ? null : input.reason()));
    }

    @POST
    @Path("{id}/renegotiate")
    public Json.ReplyRequest renegotiate(@PathParam("id") String id, Json.RenegotiateInput input) {
        return views.reply(replies.renegotiate(id, Parse.requiredInstant(input == null ? null : input.until(), "until")));
    }

    /** The asker undoes an automatic (@mention) request; every still open recipient of that question is withdrawn. */
    @POST
    @Path("{id}/undo")
    public List<Json.ReplyRequest> undo(@PathParam("id") String id) {
        return views.replies(replies.undo(id));
    }
}
