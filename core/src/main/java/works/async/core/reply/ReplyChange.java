package works.async.core.reply;

import java.util.List;

/** The requests an operation touched, as they now stand, and what happened (empty for a harmless repeat). */
public record ReplyChange(List<ReplyRequest> requests, List<ReplyEvent> events) {

    public ReplyChange {
        requests = List.copyOf(requests);
        events = List.copyOf(events);
    }

    static ReplyChange unchanged(ReplyRequest request) {
        return new ReplyChange(List.of(request), List.of());
    }

    static ReplyChange of(ReplyRequest request, ReplyEvent event) {
        return new ReplyChange(List.of(request), List.of(event));
    }
}
