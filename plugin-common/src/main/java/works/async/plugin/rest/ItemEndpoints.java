package works.async.plugin.rest;

import java.util.List;
import java.util.Objects;

import jakarta.ws.rs.core.Response;

import works.async.core.ItemRef;
import works.async.core.reply.ReplyRequest;
import works.async.plugin.item.ItemViews;
import works.async.plugin.ownership.OwnershipActions;
import works.async.plugin.reply.ReplyActions;

/**
 * What issues and pages share: the item's agreements, ownership answers and asking for a reply. Public for the
 * issue and page resources, which live in packages of their own so that each product's {@code <rest>} module serves
 * only its own kind of item.
 */
public final class ItemEndpoints {

    private final ItemViews items;
    private final OwnershipActions ownership;
    private final ReplyActions replies;
    private final Views views;

    public ItemEndpoints(ItemViews items, OwnershipActions ownership, ReplyActions replies, Views views) {
        this.items = Objects.requireNonNull(items, "items");
        this.ownership = Objects.requireNonNull(ownership, "ownership");
        this.replies = Objects.requireNonNull(replies, "replies");
        this.views = Objects.requireNonNull(views, "views");
    }

    public Json.ItemAsync async(ItemRef.Kind kind, String key) {
        return views.itemAsync(items.view(kind, key));
    }

    public Json.Ownership confirm(ItemRef.Kind kind, String key, Json.ConfirmInput input) {
        Json.ConfirmInput in = input == null ? new Json.ConfirmInput(null, null) : input;
        return views.ownership(ownership.confirm(kind, key, Parse.date(in.committedDate(), "committedDate"),
                in.onBehalfOf()));
    }

    public Json.Ownership decline(ItemRef.Kind kind, String key, Json.DeclineInput input) {
        return views.ownership(ownership.decline(kind, key, input == null ? null : input.reason()));
    }

    /** 201 with the request (one recipient) or with the list of requests ({@code recipients}). */
    public Response ask(ItemRef.Kind kind, String key, Json.AskInput input) {
        Json.AskInput in = input == null ? new Json.AskInput(null, null, null, null) : input;
        boolean several = in.recipients() != null;
        List<String> recipients = several ? in.recipients() : in.recipient() == null ? List.of() : List.of(in.recipient());
        List<ReplyRequest> opened = replies.ask(kind, key, recipients, in.question(), in.workingMinutes());
        Object body = several ? views.replies(opened) : views.reply(opened.get(0));
        return Response.status(Response.Status.CREATED).entity(body).build();
    }
}
