package works.async.plugin.web.panel;

import java.util.List;

import works.async.core.ownership.OwnershipRequest;
import works.async.core.ownership.OwnershipState;
import works.async.plugin.web.Lozenge;
import works.async.plugin.web.Person;
import works.async.plugin.web.Screen;

/** Turns an ownership request into what the panel and the action-item macro show. */
public final class OwnershipViews {

    private OwnershipViews() {
    }

    /**
     * @param viewerIsCoordinator whether policy names the viewer a coordinator of this item (REST checks it
     *                            again; this only decides whether the button is offered)
     */
    public static OwnershipView of(OwnershipRequest request, Screen screen, boolean viewerIsCoordinator) {
        Person owner = screen.people().get(request.owner());
        boolean waiting = request.awaitsAnswer();
        boolean isOwner = screen.isViewer(request.owner());
        return new OwnershipView(
                owner.key(),
                owner.displayName(),
                request.state().name(),
                lozenge(request, screen),
                screen.times().dual(request.dueAt(), screen.viewer(), owner),
                screen.times().date(request.committedDate()),
                request.state() == OwnershipState.DECLINED ? request.declineReason() : null,
                actedText(request, screen),
                closedText(request, screen),
                waiting,
                waiting && isOwner,
                waiting && !isOwner && viewerIsCoordinator);
    }

    /** The earlier requests of the item (newest first) as the panel's history lists them: nobody acts on them. */
    public static List<OwnershipView> history(List<OwnershipRequest> earlier, Screen screen) {
        return earlier.stream().map(r -> of(r, screen, false)).toList();
    }

    static Lozenge lozenge(OwnershipRequest request, Screen screen) {
        String closed = closedLozengeKey(request);
        if (closed != null) {
            return new Lozenge(screen.texts().get(closed), "default");
        }
        String key = "async.ui.ownership.state." + request.state().name().toLowerCase();
        String modifier = switch (request.state()) {
            case REQUESTED -> request.dueAt().isBefore(screen.times().now()) ? "error" : "current";
            case CONFIRMED -> "success";
            case DECLINED -> "error";
            case SUPERSEDED, WITHDRAWN -> "default";
        };
        if (request.state() == OwnershipState.REQUESTED && request.dueAt().isBefore(screen.times().now())) {
            key = "async.ui.ownership.state.overdue";
        }
        return new Lozenge(screen.texts().get(key), modifier);
    }

    /**
     * A withdrawn request says why it closed when that was recorded: the issue was resolved, the action item was
     * taken off its page. Rows closed before the reason was recorded have none and keep reading "Withdrawn".
     */
    private static String closedLozengeKey(OwnershipRequest request) {
        if (request.state() != OwnershipState.WITHDRAWN || request.closeReason() == null) {
            return null;
        }
        return switch (request.closeReason()) {
            case OwnershipRequest.ITEM_RESOLVED -> "async.ui.ownership.lozenge.resolved";
            case OwnershipRequest.ACTION_ITEM_REMOVED -> "async.ui.ownership.lozenge.removed";
            default -> null;
        };
    }

    private static String closedText(OwnershipRequest request, Screen screen) {
        if (request.state() != OwnershipState.WITHDRAWN || request.closeReason() == null || request.endedAt() == null) {
            return null;
        }
        String when = screen.times().yours(request.endedAt(), screen.viewer());
        return switch (request.closeReason()) {
            case OwnershipRequest.ITEM_RESOLVED -> screen.texts().get("async.ui.ownership.closed.resolved", when);
            case OwnershipRequest.ACTION_ITEM_REMOVED -> screen.texts().get("async.ui.ownership.closed.removed", when);
            default -> null;
        };
    }

    private static String actedText(OwnershipRequest request, Screen screen) {
        if (request.actedBy() == null || request.actedAt() == null) {
            return null;
        }
        String actor = screen.people().name(request.actedBy());
        String when = screen.times().yours(request.actedAt(), screen.viewer());
        String verb = request.state() == OwnershipState.DECLINED ? "declined" : "confirmed";
        return request.onBehalf()
                ? screen.texts().get("async.ui.ownership.acted." + verb + ".behalf", actor,
                        screen.people().name(request.owner()), when)
                : screen.texts().get("async.ui.ownership.acted." + verb, actor, when);
    }
}
