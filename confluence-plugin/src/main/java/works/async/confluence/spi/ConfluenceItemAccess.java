package works.async.confluence.spi;

import java.util.List;
import java.util.Optional;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;

import works.async.core.ItemRef;
import works.async.core.policy.PolicyScope;
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.ItemAccess;

/**
 * Confluence pages (and blog posts) and Confluence's permissions for the SPI. A page is found by its content id
 * through {@link PageManager#getAbstractPage(long)}; a page in the trash is gone, like a removed one. An action item
 * ({@link ConfluencePages}) is an item of its own in its page's space, found, seen and edited as its page is.
 * Viewing and editing are Confluence's own {@link Permission#VIEW} and {@link Permission#EDIT} on the page (space
 * permissions and page restrictions together); a space's policy is administered by its space administrators or a
 * Confluence administrator; its team figures are seen by whoever may view the space. Confluence has no projects, so a
 * Jira issue or project page is never found.
 *
 * <p>Everything is refused to an unknown, deactivated or anonymous user (a null key): agreements are between people
 * Confluence knows, even where a space lets anonymous visitors read.
 */
public final class ConfluenceItemAccess implements ItemAccess {

    /** The item type of action items, for a space's item-type policy (pages have Confluence's content type). */
    public static final String ACTION_ITEM_TYPE = "action-item";

    /**
     * The item types a space's policy narrows to: its pages (Confluence's content type of a page, {@code "page"}, as
     * {@code Page.getType()} answers it) and the action items written in them. Fixed: Confluence has no scheme of
     * its own for them; blog posts get no policy of their own (they have no Async Work macros' items).
     */
    public static final List<String> ITEM_TYPES = List.of("page", ACTION_ITEM_TYPE);

    private final PageManager pages;
    private final SpaceManager spaces;
    private final PermissionManager permissions;
    private final SpacePermissionManager spacePermissions;
    private final UserAccessor users;

    public ConfluenceItemAccess(PageManager pages, SpaceManager spaces, PermissionManager permissions,
                                SpacePermissionManager spacePermissions, UserAccessor users) {
        this.pages = pages;
        this.spaces = spaces;
        this.permissions = permissions;
        this.spacePermissions = spacePermissions;
        this.users = users;
    }

    /**
     * Pages are never resolved ({@code resolved} is false): a page that is done is trashed or left as it is. Nobody
     * owns a page; an action item's owner is the person its ownership request names, so the item carries none here.
     */
    @Override
    public Optional<HostItem> find(ItemRef.Kind kind, String itemKey) {
        if (kind != ItemRef.Kind.CONFLUENCE_PAGE) {
            return Optional.empty();
        }
        return livePage(itemKey).map(page -> {
            String spaceKey = page.getSpace().getKey();
            String type = ConfluencePages.namesActionItem(itemKey) ? ACTION_ITEM_TYPE : page.getType();
            return new HostItem(ItemRef.page(spaceKey, itemKey), page.getTitle(), type, null, null,
                    keyOf(page.getCreator()), keyOf(page.getSpace().getCreator()), false);
        });
    }

    @Override
    public boolean canView(String userKey, ItemRef item) {
        return hasPagePermission(Permission.VIEW, userKey, item);
    }

    @Override
    public boolean canEdit(String userKey, ItemRef item) {
        return hasPagePermission(Permission.EDIT, userKey, item);
    }

    @Override
    public boolean isContainerAdmin(String userKey, PolicyScope.ContainerKind kind, String containerKey) {
        Optional<ConfluenceUser> user = activeUser(userKey);
        Optional<Space> space = space(kind, containerKey);
        return user.isPresent() && space.isPresent()
                && (spacePermissions.hasPermission(SpacePermission.ADMINISTER_SPACE_PERMISSION, space.get(), user.get())
                || permissions.isConfluenceAdministrator(user.get()));
    }

    /** Only Confluence spaces: a project key names nothing here. */
    @Override
    public boolean containerExists(PolicyScope.ContainerKind kind, String containerKey) {
        return space(kind, containerKey).isPresent();
    }

    /** Every space has the same two: {@link #ITEM_TYPES}; a space that does not exist (or a project key) none. */
    @Override
    public List<String> itemTypes(PolicyScope.ContainerKind kind, String containerKey) {
        return space(kind, containerKey).isPresent() ? ITEM_TYPES : List.of();
    }

    /** Whoever may view the space may see its team figures, as Confluence shows them its pages. */
    @Override
    public boolean canViewContainer(String userKey, PolicyScope.ContainerKind kind, String containerKey) {
        Optional<ConfluenceUser> user = activeUser(userKey);
        Optional<Space> space = space(kind, containerKey);
        return user.isPresent() && space.isPresent()
                && spacePermissions.hasPermission(SpacePermission.VIEWSPACE_PERMISSION, space.get(), user.get());
    }

    /**
     * Checked on the page itself, so restrictions apply as well as the space's permissions. The item's stored space
     * key is not compared: a page moved to another space is still the same page.
     */
    private boolean hasPagePermission(Permission permission, String userKey, ItemRef item) {
        if (item == null || item.kind() != ItemRef.Kind.CONFLUENCE_PAGE) {
            return false;
        }
        Optional<ConfluenceUser> user = activeUser(userKey);
        Optional<AbstractPage> page = user.isEmpty() ? Optional.empty() : livePage(item.itemKey());
        return page.isPresent() && permissions.hasPermission(user.get(), permission, page.get());
    }

    /** The page the key names, unless it is unknown, in the trash, or (which Confluence does not allow) spaceless. */
    private Optional<AbstractPage> livePage(String itemKey) {
        return ConfluencePages.pageIdOf(itemKey).map(pages::getAbstractPage)
                .filter(page -> !page.isDeleted() && page.getSpace() != null && page.getSpace().getKey() != null);
    }

    private Optional<Space> space(PolicyScope.ContainerKind kind, String spaceKey) {
        if (kind != PolicyScope.ContainerKind.CONFLUENCE_SPACE || spaceKey == null || spaceKey.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(spaces.getSpace(spaceKey));
    }

    /** Whatever Confluence would answer for a deactivated user, the product refuses them (as in Jira). */
    private Optional<ConfluenceUser> activeUser(String userKey) {
        return userKey == null || userKey.isBlank() ? Optional.empty()
                : Optional.ofNullable(users.getUserByKey(new UserKey(userKey))).filter(u -> !users.isDeactivated(u));
    }

    private static String keyOf(ConfluenceUser user) {
        return user == null || user.getKey() == null ? null : user.getKey().getStringValue();
    }
}
