package works.async.plugin.reply;

import java.util.Objects;

import works.async.core.Bounds;
import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.reply.ReplyRequest;
import works.async.plugin.access.Access;
import works.async.plugin.access.Caller;
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.PageComments;

/**
 * A reply request on a page answered where it is asked: the recipient's text becomes a page comment of theirs, and
 * that comment answers the request. Only hosts with pages have it (the bean lives in {@code PageAnswerBeans}).
 */
public final class InPlaceAnswers {

    /** The longest answer: as long as the longest question. */
    public static final int MAX_ANSWER_LENGTH = 10_000;

    private final ReplyActions replies;
    private final ReplyRequestStore store;
    private final Access access;
    private final Caller caller;
    private final PageComments comments;

    public InPlaceAnswers(ReplyActions replies, ReplyRequestStore store, Access access, Caller caller,
                          PageComments comments) {
        this.replies = Objects.requireNonNull(replies, "replies");
        this.store = Objects.requireNonNull(store, "store");
        this.access = Objects.requireNonNull(access, "access");
        this.caller = Objects.requireNonNull(caller, "caller");
        this.comments = Objects.requireNonNull(comments, "comments");
    }

    /**
     * The caller answers request {@code requestId} on page {@code pageKey} with {@code text}. Refused, before anything
     * is written: a page or request the caller cannot see or that is not on this page (404), a caller who is not the
     * recipient (403), a request no longer open (409, so a second answer never writes a second comment), and a blank
     * or too long text (400 naming {@code text}).
     */
    public ReplyRequest answer(String pageKey, String requestId, String text) {
        String me = caller.require();
        HostItem page = access.visibleItem(ItemRef.Kind.CONFLUENCE_PAGE, pageKey);
        ReplyRequest request = store.findById(requestId == null ? "" : requestId)
                .filter(r -> r.item().kind() == page.ref().kind() && r.item().itemKey().equals(page.ref().itemKey()))
                .orElseThrow(Access::notFound);
        if (!request.recipient().equals(me)) {
            throw new DomainException(ErrorCode.FORBIDDEN, null, "Only the person asked can answer.");
        }
        if (!request.isOpen()) {
            throw new DomainException(ErrorCode.ILLEGAL_TRANSITION, "state",
                    "The request is " + request.state() + " and cannot be answered.");
        }
        if (Bounds.isBlank(text)) {
            throw new DomainException(ErrorCode.REQUIRED, "text", "Write the answer.");
        }
        Bounds.requireProse(text, MAX_ANSWER_LENGTH, "text");
        return replies.answerWithComment(request, me, () -> comments.add(page, me, text));
    }
}
