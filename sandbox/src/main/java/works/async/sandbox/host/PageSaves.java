package works.async.sandbox.host;

import java.util.Objects;

import works.async.core.Bounds;
import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.policy.PolicyScope;
import works.async.plugin.pagemacro.PageActionItems;
import works.async.plugin.pagemacro.PageReports;
import works.async.plugin.pagemacro.PageSaved;
import works.async.plugin.spi.ItemAccess;

/**
 * The sandbox's page save, as Confluence's: the title and storage-format body are checked, every structured macro
 * gets its {@code ac:macro-id} ({@link MacroIds}), the page is stored, and then the plugin hears of the save through
 * the same shared services its Confluence page-save listener calls ({@link PageReports#pageSaved},
 * {@link PageActionItems#pageSaved}), with the saving user as author. As in Confluence the page's save stands
 * whatever the plugin makes of its macros: a refused macro shows its warning when the page is viewed.
 */
public final class PageSaves {

    /** A page title, as long as the plugin's names may be (it is the report's title). */
    public static final int MAX_TITLE = Bounds.MAX_NAME;
    /**
     * A page body, in characters: small enough that a form-encoded body (up to 3 bytes a character) stays under the
     * host's 1 MiB request limit, so the editor names the field instead of a bare 413.
     */
    public static final int MAX_BODY = 200_000;

    private final ConfluenceStore confluence;
    private final ItemAccess items;
    private final PageSaved pageSaved;
    private final MacroIds macroIds;

    public PageSaves(ConfluenceStore confluence, ItemAccess items, PageReports reports, PageActionItems actionItems,
                     MacroIds macroIds) {
        this.confluence = Objects.requireNonNull(confluence, "confluence");
        this.items = Objects.requireNonNull(items, "items");
        this.pageSaved = new PageSaved(reports, actionItems);
        this.macroIds = Objects.requireNonNull(macroIds, "macroIds");
    }

    /** Whether this user may edit the page (Confluence's EDIT permission on it). */
    public boolean canEdit(String userKey, Page page) {
        return userKey != null && items.canEdit(userKey, ref(page));
    }

    /** Whether this user may add pages to the space (whoever may view it, in the sandbox's permission model). */
    public boolean canCreateIn(String userKey, Space space) {
        return userKey != null && items.canViewContainer(userKey, PolicyScope.ContainerKind.CONFLUENCE_SPACE, space.key());
    }

    /** Creates a page in the space, written by {@code author}; throws a {@link DomainException} naming a bad field. */
    public Page create(Space space, String title, String body, String author) {
        String storage = checked(title, body);
        Page page = confluence.createPage(space.key(), title.strip(), storage, author);
        return saved(page, author);
    }

    /** Saves a new version of the page, by {@code author}; throws a {@link DomainException} naming a bad field. */
    public Page update(Page page, String title, String body, String author) {
        String storage = checked(title, body);
        return saved(confluence.updatePage(page.id(), title.strip(), storage), author);
    }

    private String checked(String title, String body) {
        Bounds.requireName(title == null ? null : title.strip(), MAX_TITLE, "title");
        if (body == null) {
            throw new DomainException(ErrorCode.REQUIRED, "body", Bounds.message(ErrorCode.REQUIRED, MAX_BODY));
        }
        Bounds.requireProse(body, MAX_BODY, "body");
        String storage = macroIds.assign(body);
        // A body at the limit grows by the ids given; what is stored must still be within it.
        Bounds.requireProse(storage, MAX_BODY, "body");
        return storage;
    }

    private Page saved(Page page, String author) {
        pageSaved.handle(Long.toString(page.id()), author, page.body());
        return page;
    }

    private static ItemRef ref(Page page) {
        return ItemRef.page(page.spaceKey(), Long.toString(page.id()));
    }
}
