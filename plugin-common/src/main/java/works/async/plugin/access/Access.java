package works.async.plugin.access;

import java.util.List;
import java.util.Objects;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.policy.EffectivePolicy;
import works.async.core.policy.PolicyScope;
import works.async.core.policy.Principal;
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.ItemAccess;
import works.async.plugin.spi.UserDirectory;

/**
 * The permission rules shared by every feature. An item the caller cannot view is answered exactly like an
 * unknown one (404), so nobody learns that a request exists on an issue or page hidden from them.
 */
public final class Access {

    private final ItemAccess items;
    private final Caller caller;
    /** Resolves coordinators named by user name; null: they match by user key only. */
    private final UserDirectory directory;

    /** Coordinators named as users match by user key only. */
    public Access(ItemAccess items, Caller caller) {
        this(items, caller, null);
    }

    /** Coordinators named as users match by user key or by user name (case-insensitively, as the host matches). */
    public Access(ItemAccess items, Caller caller, UserDirectory directory) {
        this.items = Objects.requireNonNull(items, "items");
        this.caller = Objects.requireNonNull(caller, "caller");
        this.directory = directory;
    }

    /** The item if it exists and the caller may view it; otherwise {@code not_found}. */
    public HostItem visibleItem(ItemRef.Kind kind, String itemKey) {
        String user = caller.require();
        return items.find(kind, itemKey == null ? "" : itemKey)
                .filter(item -> items.canView(user, item.ref()))
                .orElseThrow(Access::notFound);
    }

    /** The item behind a stored reference, if the caller may view it; otherwise {@code not_found}. */
    public HostItem visibleItem(ItemRef ref) {
        return visibleItem(ref.kind(), ref.itemKey());
    }

    public boolean canView(String userKey, ItemRef ref) {
        return items.canView(userKey, ref);
    }

    /**
     * Refuses callers who may not change the scope's policy ({@link #mayEditPolicy}). A project or space the caller
     * cannot see, or that does not exist, is {@code not_found} first, for global administrators too, so no policy is
     * stored for a container that is not there and nobody learns from a 403 that a hidden one exists.
     */
    public void requirePolicyAdmin(PolicyScope scope) {
        if (!scope.isGlobal()) {
            requireContainerViewer(scope.containerKind(), scope.containerKey());
        }
        if (!mayEditPolicy(scope)) {
            throw new DomainException(ErrorCode.FORBIDDEN, null, "Only administrators of this scope can change its policy.");
        }
    }

    /**
     * Global policy: administrators only. Project / space policy: their admins, or global administrators. The one
     * place this is decided, so the policy screen offers editing exactly when saving would be allowed.
     */
    public boolean mayEditPolicy(PolicyScope scope) {
        String user = caller.require();
        if (caller.isAdmin()) {
            return true;
        }
        return !scope.isGlobal() && items.isContainerAdmin(user, scope.containerKind(), scope.containerKey());
    }

    /**
     * The item types the container's policy may be narrowed to (the host's: a project's issue types, a space's page
     * and action-item), those too long to name a scope left out; empty for the global scope.
     */
    public List<String> itemTypes(PolicyScope scope) {
        if (scope.isGlobal()) {
            return List.of();
        }
        return items.itemTypes(scope.containerKind(), scope.containerKey()).stream()
                .filter(type -> type != null && !type.isBlank() && type.length() <= works.async.core.Bounds.MAX_ITEM_TYPE)
                .distinct().toList();
    }

    /** Whether a scope narrowed to an item type names one its container has; other scopes always do. */
    public boolean knowsItemType(PolicyScope scope) {
        return scope.level() != PolicyScope.Level.ITEM_TYPE || itemTypes(scope).contains(scope.itemType());
    }

    /** Team figures of a container: people who may see it as a whole, its admins, or global administrators. */
    public void requireContainerViewer(PolicyScope.ContainerKind kind, String containerKey) {
        String user = caller.require();
        if (!items.containerExists(kind, containerKey)) {
            throw notFound(); // global administrators see every container, but only those that exist
        }
        if (!caller.isAdmin() && !items.isContainerAdmin(user, kind, containerKey)
                && !items.canViewContainer(user, kind, containerKey)) {
            throw notFound();
        }
    }

    /** A Jira project's own page, if the caller may browse the project; an issue key is not a project. */
    public HostItem visibleProjectPage(String projectKey) {
        HostItem item = visibleItem(ItemRef.Kind.JIRA_ISSUE, projectKey);
        if (!item.ref().namesProjectPage()) {
            throw notFound();
        }
        return item;
    }

    /**
     * The container's key if the caller is one of its members: may browse the Jira project (the rule of its page) or
     * may view the Confluence space; otherwise {@code not_found}, as for an unknown container.
     */
    public String requireContainerMember(PolicyScope.ContainerKind kind, String containerKey) {
        if (kind == PolicyScope.ContainerKind.JIRA_PROJECT) {
            return visibleProjectPage(containerKey).ref().containerKey();
        }
        String user = caller.require();
        if (containerKey == null || containerKey.isBlank() || !items.canViewContainer(user, kind, containerKey)) {
            throw notFound();
        }
        return containerKey;
    }

    public void requireSignedIn() {
        caller.require();
    }

    public void requireAdmin() {
        caller.require();
        if (!caller.isAdmin()) {
            throw new DomainException(ErrorCode.FORBIDDEN, null, "Only administrators can do this.");
        }
    }

    /**
     * Whether the user is a coordinator named by the policy, directly or through one of the named groups. A name
     * whose user or group the host no longer knows matches nobody.
     */
    public boolean isCoordinator(String userKey, EffectivePolicy policy) {
        for (Principal principal : policy.coordinators()) {
            boolean match = principal.kind() == Principal.Kind.USER
                    ? isUser(principal.name(), userKey) : caller.inGroup(userKey, principal.name());
            if (match) {
                return true;
            }
        }
        return false;
    }

    /** The policy's form asks for user names; older versions stored user keys, which still match. */
    private boolean isUser(String name, String userKey) {
        return name.equals(userKey) || directory != null
                && directory.byUsername(name).map(u -> u.key().equals(userKey)).orElse(false);
    }

    public static DomainException notFound() {
        return new DomainException(ErrorCode.NOT_FOUND, null, "Not found.");
    }
}
