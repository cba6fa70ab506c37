package works.async.sandbox.host;

import java.util.List;
import java.util.Optional;

import works.async.core.ItemRef;
import works.async.core.policy.PolicyScope;
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.ItemAccess;

/**
 * The sandbox's permission model: every signed-in user may view and edit every issue and project page of
 * a project they may browse and every page of a space they may view (all but restricted ones, {@link Project#mayBrowse},
 * {@link Space#mayView}); project and space
 * administrators (and the project lead) administer their container; {@code admin} is checked separately as global
 * administrator by SAL.
 */
public final class SandboxItemAccess implements ItemAccess {

    /** What a space's policy narrows to: its pages and the action items written in them (the plugin's names). */
    static final List<String> SPACE_ITEM_TYPES = List.of("page", "action-item");

    private final UserStore users;
    private final JiraStore jira;
    private final ConfluenceStore confluence;

    public SandboxItemAccess(UserStore users, JiraStore jira, ConfluenceStore confluence) {
        this.users = users;
        this.jira = jira;
        this.confluence = confluence;
    }

    @Override
    public Optional<HostItem> find(ItemRef.Kind kind, String itemKey) {
        return switch (kind) {
            case JIRA_ISSUE -> jira.issue(itemKey).map(this::issueItem).or(() -> jira.project(itemKey).map(this::projectPage));
            case CONFLUENCE_PAGE -> confluence.page(itemKey).map(this::pageItem).or(() -> actionItem(itemKey));
        };
    }

    @Override
    public boolean canView(String userKey, ItemRef item) {
        return known(userKey) && find(item.kind(), item.itemKey()).filter(h -> h.ref().equals(item)).isPresent()
                && (item.kind() == ItemRef.Kind.JIRA_ISSUE ? mayBrowse(userKey, item.containerKey())
                : find(item.kind(), item.itemKey()).filter(h -> mayViewSpace(userKey, h.ref().containerKey())).isPresent());
    }

    /** Whether the user may view the Confluence space (its pages, action items, agreement and team figures). */
    public boolean mayViewSpace(String userKey, String spaceKey) {
        return confluence.space(spaceKey).filter(s -> s.mayView(userKey)).isPresent();
    }

    /** Whether the user may browse the Jira project (its issues, its page, its team figures). */
    public boolean mayBrowse(String userKey, String projectKey) {
        return jira.project(projectKey).filter(p -> p.mayBrowse(userKey)).isPresent();
    }

    @Override
    public boolean canEdit(String userKey, ItemRef item) {
        return canView(userKey, item);
    }

    @Override
    public boolean isContainerAdmin(String userKey, PolicyScope.ContainerKind kind, String containerKey) {
        if (userKey == null) {
            return false;
        }
        return switch (kind) {
            case JIRA_PROJECT -> jira.project(containerKey)
                    .filter(p -> p.admins().contains(userKey) || userKey.equals(p.lead())).isPresent();
            case CONFLUENCE_SPACE -> confluence.space(containerKey).filter(s -> s.admins().contains(userKey)).isPresent();
        };
    }

    @Override
    public boolean containerExists(PolicyScope.ContainerKind kind, String containerKey) {
        return kind == PolicyScope.ContainerKind.JIRA_PROJECT
                ? jira.project(containerKey).isPresent() : confluence.space(containerKey).isPresent();
    }

    /** A project's issue types ({@link Project#issueTypes}); a space's page and action-item, as in Confluence. */
    @Override
    public List<String> itemTypes(PolicyScope.ContainerKind kind, String containerKey) {
        return switch (kind) {
            case JIRA_PROJECT -> jira.project(containerKey).map(Project::issueTypes).orElse(List.of());
            case CONFLUENCE_SPACE -> confluence.space(containerKey).map(s -> SPACE_ITEM_TYPES).orElse(List.of());
        };
    }

    @Override
    public boolean canViewContainer(String userKey, PolicyScope.ContainerKind kind, String containerKey) {
        return containerExists(kind, containerKey) && known(userKey)
                && (kind == PolicyScope.ContainerKind.JIRA_PROJECT ? mayBrowse(userKey, containerKey)
                : mayViewSpace(userKey, containerKey));
    }

    private boolean known(String userKey) {
        return users.byKey(userKey).isPresent();
    }

    /** A project's own page (its reports live there), seen and edited by whoever may see the project. */
    private HostItem projectPage(Project p) {
        return new HostItem(ItemRef.projectPage(p.key()), p.name(), null, null, null, null, p.lead(), false);
    }

    private HostItem issueItem(Issue i) {
        String lead = jira.project(i.projectKey()).map(Project::lead).orElse(null);
        return new HostItem(ItemRef.issue(i.projectKey(), i.key()), i.summary(), i.type(), i.priority(), i.assignee(),
                i.reporter(), lead, i.resolved());
    }

    /** An action item is tracked as an item of its own, in its page's space, owned by the person it names. */
    private Optional<HostItem> actionItem(String itemKey) {
        String pageId = ActionItem.pageIdOf(itemKey);
        if (pageId == null) {
            return Optional.empty();
        }
        return confluence.page(pageId).flatMap(page -> ActionItem.of(page).stream()
                .filter(a -> a.key().equals(itemKey)).findFirst()
                .map(a -> new HostItem(ItemRef.page(page.spaceKey(), itemKey), a.text(), "action-item", null, a.owner(),
                        page.creator(), pageItem(page).containerLead(), false)));
    }

    private HostItem pageItem(Page p) {
        String owner = confluence.space(p.spaceKey()).flatMap(s -> s.admins().stream().findFirst()).orElse(null);
        return new HostItem(ItemRef.page(p.spaceKey(), Long.toString(p.id())), p.title(), "page", null, null,
                p.creator(), owner, false);
    }
}
