package works.async.plugin.pagemacro;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import works.async.core.Bounds;
import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.ownership.OwnershipState;
import works.async.plugin.access.Access;
import works.async.plugin.access.Participants;
import works.async.plugin.access.People;
import works.async.plugin.ownership.OwnershipActions;
import works.async.plugin.ownership.OwnershipRequestStore;
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.ItemAccess;

/**
 * Action items written in pages: a page save asks the owner of each new {@code async-action-item} macro to confirm
 * (through the ownership service, as an assignment does for an issue), asks the new owner when the {@code owner}
 * parameter changes (the old request is superseded), leaves the request alone when the owner is the same, and
 * withdraws a still waiting request when its macro is taken off the page. An action item's key is derived from the
 * page's content id and the macro's id ({@link PageMacroIds#actionItem}), so a copied page starts fresh. A macro with
 * a bad parameter changes nothing and is reported back, naming the parameter; the page itself always saves.
 */
public final class PageActionItems {

    /** The item type of action items, for a space's item-type policy (as Confluence's item access types them). */
    public static final String ITEM_TYPE = "action-item";
    /** Action items one page save looks at. */
    static final int MAX_ITEMS_PER_PAGE = 200;
    /** Waiting requests of the page's space read to find the page's removed action items. */
    static final int MAX_WAITING_SCANNED = 5_000;
    static final int MAX_TASK_CHARACTERS = 10_000;

    private final OwnershipRequestStore store;
    private final OwnershipActions ownership;
    private final ItemAccess items;
    private final Participants participants;

    public PageActionItems(OwnershipRequestStore store, OwnershipActions ownership, ItemAccess items, People people,
                           Access access) {
        this.store = Objects.requireNonNull(store, "store");
        this.ownership = Objects.requireNonNull(ownership, "ownership");
        this.items = Objects.requireNonNull(items, "items");
        this.participants = new Participants(people, access);
    }

    /** What a save did to one action item's ownership request. */
    public enum Change { ASKED, REASSIGNED, UNCHANGED, NOT_ASKED, WITHDRAWN, REFUSED }

    /** One action item's outcome: its macro (null for a withdrawn one), its item key, and for a refusal its parameter. */
    public record Outcome(String macroId, String itemKey, Change change, String parameter, DomainException refusal) {
    }

    /**
     * The page was saved by {@code author} with these macros (every macro of the page; others than
     * {@code async-action-item} are ignored). Returns what happened to each action item.
     */
    public List<Outcome> pageSaved(String pageId, String author, List<MacroOccurrence> macros) {
        HostItem page = items.find(ItemRef.Kind.CONFLUENCE_PAGE, pageId == null ? "" : pageId)
                .filter(p -> author != null && items.canView(author, p.ref()))
                .orElseThrow(Access::notFound);
        String id = page.ref().itemKey();
        List<Outcome> outcomes = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (MacroOccurrence macro : macros) {
            if (!ActionItemMacroParameters.NAME.equals(macro.name())) {
                continue;
            }
            if (macro.macroId() == null || macro.macroId().isBlank()) {
                outcomes.add(new Outcome(null, null, Change.REFUSED, "macro-id", new DomainException(ErrorCode.REQUIRED,
                        "macro-id", "The macro has no id; Confluence gives it one when the page is saved.")));
                continue;
            }
            String key = PageMacroIds.actionItem(id, macro.macroId());
            if (!present.add(key) || present.size() > MAX_ITEMS_PER_PAGE) {
                continue;
            }
            try {
                outcomes.add(save(page, author, macro, key));
            } catch (DomainException refusal) {
                outcomes.add(new Outcome(macro.macroId(), key, Change.REFUSED, refusal.field(), refusal));
            }
        }
        for (String key : store.findUnconfirmedInContainer(ItemRef.Kind.CONFLUENCE_PAGE, page.ref().containerKey(),
                MAX_WAITING_SCANNED).stream().map(r -> r.item().itemKey()).distinct().toList()) {
            if (PageMacroIds.isActionItemOf(id, key) && !present.contains(key)) {
                ownership.close(actionItem(page, key), OwnershipRequest.ACTION_ITEM_REMOVED);
                outcomes.add(new Outcome(null, key, Change.WITHDRAWN, null, null));
            }
        }
        return outcomes;
    }

    /**
     * Why the macro's parameters or task are refused, if they are (the first problem, naming its parameter): what the
     * macro shows in place of the action item. The owner must be a known user who can view the page.
     */
    public Optional<DomainException> problem(String pageId, Map<String, String> parameters, String body) {
        try {
            ActionItemMacroParameters p = ActionItemMacroParameters.parse(parameters);
            Optional<HostItem> page = items.find(ItemRef.Kind.CONFLUENCE_PAGE, pageId == null ? "" : pageId);
            if (page.isPresent()) {
                owner(page.get(), p);
            }
            task(body);
            return Optional.empty();
        } catch (DomainException refusal) {
            return Optional.of(refusal);
        }
    }

    /** The task as the page states it: the plain text of the macro's body. */
    public static String task(String body) {
        String text = StorageFormat.plainText(body);
        if (text.isBlank()) {
            throw new DomainException(ErrorCode.REQUIRED, ActionItemMacroParameters.BODY, "Write the task in the macro's body.");
        }
        Bounds.requireProse(text, MAX_TASK_CHARACTERS, ActionItemMacroParameters.BODY);
        return text;
    }

    private String owner(HostItem page, ActionItemMacroParameters p) {
        return participants.keys(page, List.of(p.owner()), ActionItemMacroParameters.OWNER, "owners",
                i -> ActionItemMacroParameters.OWNER).get(0);
    }

    private Outcome save(HostItem page, String author, MacroOccurrence macro, String key) {
        ActionItemMacroParameters p = ActionItemMacroParameters.parse(macro.parameters());
        String owner = owner(page, p);
        task(macro.body());
        HostItem item = actionItem(page, key);
        Optional<OwnershipRequest> current = store.findCurrent(item.ref());
        if (current.isPresent() && current.get().owner().equals(owner)
                && current.get().state() != OwnershipState.WITHDRAWN) {
            // Asked already (perhaps answered: a decline stands until the owner changes).
            return new Outcome(macro.macroId(), key, Change.UNCHANGED, null, null);
        }
        boolean reassigned = current.isPresent() && current.get().state().isActive();
        return ownership.open(item, owner, author, p.confirmHours())
                .map(change -> new Outcome(macro.macroId(), key, reassigned ? Change.REASSIGNED : Change.ASKED, null, null))
                .orElseGet(() -> new Outcome(macro.macroId(), key, Change.NOT_ASKED, null, null));
    }

    /** The action item as an item of its own in its page's space, titled as its page (as the host finds it). */
    private static HostItem actionItem(HostItem page, String key) {
        return new HostItem(ItemRef.page(page.ref().containerKey(), key), page.title(), ITEM_TYPE, null, null,
                page.reporter(), page.containerLead(), false);
    }
}
