package works.async.plugin.web.panel;

import works.async.core.reply.ReplyOrigin;
import works.async.core.reply.ReplyRequest;
import works.async.core.reply.ReplyState;
import works.async.plugin.web.Lozenge;
import works.async.plugin.web.Person;
import works.async.plugin.web.Screen;

/** Turns reply requests into what the panel, the open-questions macro and the page banner show. */
public final class ReplyViews {

    private ReplyViews() {
    }

    public static ReplyView of(ReplyRequest request, Screen screen) {
        Person recipient = screen.people().get(request.recipient());
        boolean open = request.isOpen();
        boolean isRecipient = screen.isViewer(request.recipient());
        boolean isAsker = screen.isViewer(request.asker());
        return new ReplyView(
                request.id(),
                screen.people().name(request.asker()),
                recipient.displayName(),
                request.question(),
                request.state().name(),
                lozenge(request, screen),
                screen.times().dual(request.dueAt(), screen.viewer(), recipient),
                request.isRenegotiated() ? screen.times().dual(request.originalDueAt(), screen.viewer(), recipient) : null,
                request.isRenegotiated() ? screen.texts().get("async.ui.reply.proposedBy", recipient.displayName()) : null,
                originText(request, screen),
                closedText(request, screen),
                open,
                open && isRecipient,
                open && isRecipient,
                open && isAsker,
                request.answerCommentId());
    }

    private static Lozenge lozenge(ReplyRequest request, Screen screen) {
        if (request.state() == ReplyState.OPEN) {
            boolean overdue = request.dueAt().isBefore(screen.times().now());
            if (overdue) {
                return new Lozenge(screen.texts().get("async.ui.reply.state.overdue"), "error");
            }
            return request.isRenegotiated()
                    ? new Lozenge(screen.texts().get("async.ui.reply.state.renegotiated"), "moved")
                    : new Lozenge(screen.texts().get("async.ui.reply.state.open"), "current");
        }
        return request.state() == ReplyState.ANSWERED
                ? new Lozenge(screen.texts().get("async.ui.reply.state.answered"), "success")
                : new Lozenge(screen.texts().get("async.ui.reply.state.withdrawn"), "default");
    }

    private static String originText(ReplyRequest request, Screen screen) {
        return switch (request.origin().kind()) {
            case EXPLICIT -> null;
            case AUTOMATIC_MENTION -> screen.texts().get("async.ui.reply.origin.mention");
            case REPORT_QUESTION -> screen.texts().get("async.ui.reply.origin.report");
        };
    }

    /** The closing reason of a request whose issue or page was deleted (see app.ItemGone). */
    static final String ITEM_DELETED = "item-deleted";

    private static String closedText(ReplyRequest request, Screen screen) {
        if (request.isOpen() || request.closedAt() == null) {
            return null;
        }
        String when = screen.times().yours(request.closedAt(), screen.viewer());
        String who = screen.people().name(request.closedBy());
        if (request.state() == ReplyState.ANSWERED) {
            return screen.texts().get("async.ui.reply.closed.answered", who, when);
        }
        if (ITEM_DELETED.equals(request.closeReason())) {
            return screen.texts().get("async.ui.reply.closed.itemDeleted", who, when);
        }
        return ReplyRequest.UNDONE.equals(request.closeReason())
                ? screen.texts().get("async.ui.reply.closed.undone", who, when)
                : screen.texts().get("async.ui.reply.closed.withdrawn", who, when);
    }

    /** Whether a request was guessed from an @mention (the asker may undo it). */
    public static boolean isAutomatic(ReplyRequest request) {
        return request.origin().kind() == ReplyOrigin.Kind.AUTOMATIC_MENTION;
    }
}
