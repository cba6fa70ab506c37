package works.async.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;

/**
 * One level of the policy hierarchy: global, a container (Jira project or Confluence space), or an item
 * type within a container (e.g. the "Bug" issue type of project DEMO).
 *
 * @param level         which level this is
 * @param containerKind Jira project or Confluence space; null only for the global level
 * @param containerKey  project or space key; null only for the global level
 * @param itemType      issue type name or page type; set only for the item-type level
 */
public record PolicyScope(Level level, ContainerKind containerKind, String containerKey, String itemType) {

    /** The levels, from least to most specific. */
    public enum Level { GLOBAL, CONTAINER, ITEM_TYPE }

    /** The host containers a policy can be attached to. */
    public enum ContainerKind { JIRA_PROJECT, CONFLUENCE_SPACE }

    private static final PolicyScope GLOBAL = new PolicyScope(Level.GLOBAL, null, null, null);

    public PolicyScope {
        Objects.requireNonNull(level, "level");
        boolean needsContainer = level != Level.GLOBAL;
        if (needsContainer != (containerKind != null) || needsContainer == (containerKey == null)) {
            throw new DomainException(ErrorCode.INVALID_SCOPE, "containerKey", "Only project and space scopes (and their item types) name a container.");
        }
        if (needsContainer && containerKey.isBlank()) {
            throw new DomainException(ErrorCode.REQUIRED, "containerKey", "A project or space key is required.");
        }
        if ((level == Level.ITEM_TYPE) != (itemType != null) || (itemType != null && itemType.isBlank())) {
            throw new DomainException(ErrorCode.INVALID_SCOPE, "itemType", "Only the item-type scope names an item type, and it must not be blank.");
        }
    }

    public static PolicyScope global() {
        return GLOBAL;
    }

    public static PolicyScope jiraProject(String projectKey) {
        return new PolicyScope(Level.CONTAINER, ContainerKind.JIRA_PROJECT, projectKey, null);
    }

    public static PolicyScope confluenceSpace(String spaceKey) {
        return new PolicyScope(Level.CONTAINER, ContainerKind.CONFLUENCE_SPACE, spaceKey, null);
    }

    /** The scope of an item type (such as a Jira issue type) within this container scope. */
    public PolicyScope withItemType(String type) {
        if (level != Level.CONTAINER) {
            throw new DomainException(ErrorCode.INVALID_SCOPE, "itemType", "Item types belong to a project or space scope.");
        }
        return new PolicyScope(Level.ITEM_TYPE, containerKind, containerKey, type);
    }

    /** The most specific scope applying to an item: its container's, narrowed to the item type when one is given. */
    public static PolicyScope of(ItemRef item, String itemTypeOrNull) {
        PolicyScope container = item.kind() == ItemRef.Kind.JIRA_ISSUE
                ? jiraProject(item.containerKey()) : confluenceSpace(item.containerKey());
        return itemTypeOrNull == null || itemTypeOrNull.isBlank() ? container : container.withItemType(itemTypeOrNull);
    }

    /** The next less specific scope; empty for global. */
    public Optional<PolicyScope> parent() {
        return switch (level) {
            case GLOBAL -> Optional.empty();
            case CONTAINER -> Optional.of(GLOBAL);
            case ITEM_TYPE -> Optional.of(new PolicyScope(Level.CONTAINER, containerKind, containerKey, null));
        };
    }

    /** This scope and its ancestors, most specific first, ending with global. */
    public List<PolicyScope> lineage() {
        List<PolicyScope> lineage = new ArrayList<>(3);
        for (Optional<PolicyScope> s = Optional.of(this); s.isPresent(); s = s.get().parent()) {
            lineage.add(s.get());
        }
        return List.copyOf(lineage);
    }

    public boolean isGlobal() {
        return level == Level.GLOBAL;
    }
}
