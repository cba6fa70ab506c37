package works.async.plugin.web.outbox;

import java.util.Comparator;
import java.util.List;
import works.async.core.escalation.Notification;
import works.async.plugin.web.Person;
import works.async.plugin.web.Screen;

/** Builds the outbox page from pending notifications. */
public final class OutboxAssembler {

    private OutboxAssembler() {
    }

    public static OutboxView assemble(List<Notification> pending, Screen screen) {
        return new OutboxView(pending.stream().sorted(Comparator.comparing(Notification::deliverAt))
                .map(n -> row(n, screen)).toList());
    }

    private static OutboxView.Row row(Notification n, Screen screen) {
        Person addressee = screen.people().get(n.addressee());
        String about = screen.texts().get("async.ui.outbox.about." + n.key().kind().name().toLowerCase());
        String kind = n.isReminder()
                ? screen.texts().get("async.ui.outbox.reminder", about)
                : screen.texts().get("async.ui.outbox.escalation", about, String.valueOf(n.level()));
        return new OutboxView.Row(addressee.displayName(), kind, screen.people().name(n.recipient()),
                screen.times().dual(n.dueAt(), screen.viewer(), null).viewerText(),
                screen.times().zoned(n.deliverAt(), addressee.zone()),
                screen.times().dual(n.deliverAt(), screen.viewer(), null).viewerText(),
                n.urgentOverride());
    }
}
