package works.async.plugin.web.outbox;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import works.async.core.ItemRef;
import works.async.core.escalation.Notification;
import works.async.plugin.escalation.Attention;
import works.async.plugin.outbox.OutboxRow;
import works.async.plugin.web.Person;
import works.async.plugin.web.Screen;

/** Builds the outbox page from undelivered rows, in the order the outbox gives them (parked first). */
public final class OutboxAssembler {

    private OutboxAssembler() {
    }

    /**
     * @param itemTitles the title of an issue or page as the host names it, if it still exists; asked once per
     *                   distinct item on the page
     */
    public static OutboxView assemble(List<OutboxRow> rows, List<Attention.Row> attention, Screen screen,
                                      Function<ItemRef, Optional<String>> itemTitles) {
        Map<ItemRef, String> names = new HashMap<>();
        Function<ItemRef, String> name = item -> names.computeIfAbsent(item, i -> itemText(i, itemTitles, screen));
        return new OutboxView(screen.restBase(), rows.stream().map(r -> row(r, screen, name)).toList(),
                attention.stream().map(a -> attentionRow(a, screen, name)).toList());
    }

    private static OutboxView.AttentionRow attentionRow(Attention.Row a, Screen screen, Function<ItemRef, String> itemName) {
        String kind = screen.texts().get("async.ui.outbox.about." + a.kind().name().toLowerCase(Locale.ROOT));
        String item = a.item() == null ? screen.texts().get("async.ui.outbox.item.gone") : itemName.apply(a.item());
        String retry = a.nextRetry() == null ? "" : screen.texts().count("async.ui.outbox.attention.retry",
                a.retries(), screen.times().yours(a.nextRetry(), screen.viewer()));
        return new OutboxView.AttentionRow(kind, item, a.problem(), retry);
    }

    private static String itemText(ItemRef item, Function<ItemRef, Optional<String>> titles, Screen screen) {
        Optional<String> title = titles.apply(item);
        if (item.kind() == ItemRef.Kind.JIRA_ISSUE) {
            return title.map(t -> screen.texts().get("async.ui.outbox.item.issue", item.itemKey(), t))
                    .orElse(item.itemKey());
        }
        return title.orElseGet(() -> screen.texts().get("async.ui.outbox.item.page", item.itemKey()));
    }

    private static OutboxView.Row row(OutboxRow r, Screen screen, Function<ItemRef, String> itemName) {
        Notification n = r.notification();
        Person addressee = screen.people().get(n.addressee());
        String about = screen.texts().get("async.ui.outbox.about." + n.key().kind().name().toLowerCase(Locale.ROOT));
        String kind = n.isReminder()
                ? screen.texts().get("async.ui.outbox.reminder", about)
                : screen.texts().get("async.ui.outbox.escalation", about, String.valueOf(n.level()));
        String item = r.about().map(itemName).orElseGet(() -> screen.texts().get("async.ui.outbox.item.gone"));
        return new OutboxView.Row(String.valueOf(r.id()), addressee.displayName(), kind, item,
                screen.people().name(n.recipient()),
                screen.times().yours(n.dueAt(), screen.viewer()),
                screen.times().theirs(n.deliverAt(), addressee),
                screen.times().yours(n.deliverAt(), screen.viewer()),
                n.urgentOverride(), status(r, screen), error(r, screen), r.state() != OutboxRow.State.WAITING,
                r.state() == OutboxRow.State.PARKED);
    }

    private static String status(OutboxRow r, Screen screen) {
        return switch (r.state()) {
            case WAITING -> screen.texts().get("async.ui.outbox.state.waiting");
            case FAILING -> screen.texts().count("async.ui.outbox.state.failing", r.attempts());
            case PARKED -> screen.texts().count("async.ui.outbox.state.parked", r.attempts());
        };
    }

    private static String error(OutboxRow r, Screen screen) {
        if (r.state() == OutboxRow.State.WAITING) {
            return "";
        }
        // The mailer's own words (already cut short and stripped of technical detail by the outbox).
        return r.lastError().isEmpty() ? screen.texts().get("async.ui.outbox.error.none") : r.lastError();
    }
}
