package works.async.plugin.spi;

import java.util.List;
import java.util.Optional;

import works.async.core.ItemRef;
import works.async.core.policy.PolicyScope;

/** Host port answering "which item is this" and "may this user see / edit it, or administer its container". */
public interface ItemAccess {

    /**
     * The item by its key (issue key or page id), whether or not anyone may see it. Hosts with projects also answer a
     * project's key as its own page ({@link ItemRef#projectPage}, where the project's reports live), seen and edited
     * by whoever may see the project.
     */
    Optional<HostItem> find(ItemRef.Kind kind, String itemKey);

    boolean canView(String userKey, ItemRef item);

    boolean canEdit(String userKey, ItemRef item);

    /**
     * Whether the Jira project or Confluence space exists at all, whoever may see it: a policy may only be stored for
     * a container that exists (a global administrator asking for an unknown key gets 404, not a stored orphan policy).
     */
    boolean containerExists(PolicyScope.ContainerKind kind, String containerKey);

    /**
     * The item types a policy of the container may be narrowed to, in the host's order, named as its items carry
     * them ({@link HostItem#itemType()}): a Jira project's issue types (its issue type scheme, by name), a Confluence
     * space's {@code page} and {@code action-item}. Empty for a container that does not exist. A policy for any other
     * type is refused, so none is stored that no item could ever use.
     */
    List<String> itemTypes(PolicyScope.ContainerKind kind, String containerKey);

    /** Project admin (Jira) or space admin (Confluence) of that container; global admins are checked separately. */
    boolean isContainerAdmin(String userKey, PolicyScope.ContainerKind kind, String containerKey);

    /**
     * Whether the user may see team-level figures of the container (insights, working agreement); hosts that can
     * tell "may browse the project" should override this, the default keeps it to the container's admins.
     */
    default boolean canViewContainer(String userKey, PolicyScope.ContainerKind kind, String containerKey) {
        return isContainerAdmin(userKey, kind, containerKey);
    }
}
