package works.async.plugin.ownership;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.ownership.OwnershipChange;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.ownership.OwnershipService;
import works.async.core.policy.EffectivePolicy;
import works.async.core.policy.PolicyService;
import works.async.plugin.access.Access;
import works.async.plugin.access.Caller;
import works.async.plugin.access.Scopes;
import works.async.plugin.access.Tx;
import works.async.plugin.calendar.Calendars;
import works.async.plugin.spi.HostItem;

/** Confirming and declining ownership of an item, by its owner or a coordinator the policy names. */
public final class OwnershipActions {

    private final OwnershipRequestStore store;
    private final PolicyService policies;
    private final Calendars calendars;
    private final Access access;
    private final Caller caller;
    private final Tx tx;
    private final Clock clock;

    public OwnershipActions(OwnershipRequestStore store, PolicyService policies, Calendars calendars, Access access,
                            Caller caller, Tx tx, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.access = Objects.requireNonNull(access, "access");
        this.caller = Objects.requireNonNull(caller, "caller");
        this.tx = Objects.requireNonNull(tx, "tx");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The item's current request, if the caller may view the item. */
    public Optional<OwnershipRequest> current(ItemRef.Kind kind, String itemKey) {
        return store.findCurrent(access.visibleItem(kind, itemKey).ref());
    }

    /**
     * Confirms the item's current request. {@code onBehalfOf}, when given, names the owner the caller believes
     * they act for; a different current owner means the page is stale ({@code conflict}).
     */
    public OwnershipRequest confirm(ItemRef.Kind kind, String itemKey, LocalDate committedDate, String onBehalfOf) {
        return tx.call(() -> {
            Acting acting = acting(kind, itemKey, onBehalfOf);
            return service(acting.item).confirm(acting.request.id(), acting.actor, acting.coordinators, committedDate)
                    .request();
        });
    }

    /** Declines the item's current request; the reason is stored exactly as typed. */
    public OwnershipRequest decline(ItemRef.Kind kind, String itemKey, String reason) {
        return tx.call(() -> {
            Acting acting = acting(kind, itemKey, null);
            return service(acting.item).decline(acting.request.id(), acting.actor, acting.coordinators, reason)
                    .request();
        });
    }

    /** Whether the caller may confirm or decline for the owner of this request (they are the owner or a coordinator). */
    public boolean mayAnswer(HostItem item, OwnershipRequest request, String user) {
        return request.owner().equals(user) || access.isCoordinator(user, policies.effective(Scopes.of(item)));
    }

    /** Host hook: opens (or supersedes and reopens) a confirmation when the policy asks for one. */
    public Optional<OwnershipChange> open(HostItem item, String owner, String actor) {
        return open(item, owner, actor, null);
    }

    /**
     * {@link #open(HostItem, String, String)} with the owner given {@code window} of working time to confirm (null:
     * the policy's confirmation window), as an action item written in a page asks.
     */
    public Optional<OwnershipChange> open(HostItem item, String owner, String actor, Duration window) {
        EffectivePolicy policy = policies.effective(Scopes.of(item));
        if (owner == null || !policy.confirmationRequired() || item.resolved()) {
            return Optional.empty();
        }
        String requestedBy = actor == null || actor.isBlank() ? owner : actor;
        Duration due = window != null ? window : policy.confirmationWindow();
        return Optional.of(tx.call(() -> service(item).open(item.ref(), owner, requestedBy, due)));
    }

    /** Host hook: the item was resolved, so a still waiting request is closed with that reason. */
    public void close(HostItem item) {
        close(item, OwnershipRequest.ITEM_RESOLVED);
    }

    /** A still waiting request is closed for {@code reason} (e.g. its action item was taken off the page). */
    public void close(HostItem item, String reason) {
        tx.run(() -> service(item).close(item.ref(), reason));
    }

    private Acting acting(ItemRef.Kind kind, String itemKey, String onBehalfOf) {
        HostItem item = access.visibleItem(kind, itemKey);
        OwnershipRequest request = store.findCurrent(item.ref())
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, null, "This item has no ownership request."));
        if (onBehalfOf != null && !onBehalfOf.equals(request.owner())) {
            throw new DomainException(ErrorCode.CONFLICT, "onBehalfOf", "The item has another owner now; reload it.");
        }
        String actor = caller.require();
        boolean coordinator = !actor.equals(request.owner())
                && access.isCoordinator(actor, policies.effective(Scopes.of(item)));
        return new Acting(item, request, actor, coordinator ? Set.of(actor) : Set.of());
    }

    private OwnershipService service(HostItem item) {
        return new OwnershipService(store, calendars.underItemPolicy(item), clock);
    }

    private record Acting(HostItem item, OwnershipRequest request, String actor, Set<String> coordinators) {
    }
}
