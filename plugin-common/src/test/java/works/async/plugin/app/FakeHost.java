package works.async.plugin.app;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;

import jakarta.servlet.http.HttpServletRequest;
import works.async.core.ItemRef;
import works.async.core.escalation.Notification;
import works.async.core.policy.PolicyScope;
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.HostUser;
import works.async.plugin.spi.ItemAccess;
import works.async.plugin.spi.Mailer;
import works.async.plugin.spi.PageComments;
import works.async.plugin.spi.ProjectWork;
import works.async.plugin.spi.UserDirectory;
import works.async.plugin.spi.WorkItem;

/**
 * A small in-memory host: people, groups, items with viewers, project admins, projects with their pages and issue
 * lists, a signed-in user and a mail log.
 */
public final class FakeHost implements UserManager, UserDirectory, ItemAccess, Mailer, ProjectWork, PageComments {

    public final Map<String, HostUser> users = new LinkedHashMap<>();
    public final Set<String> admins = new HashSet<>();
    /** Users the host does not let browse users (Jira's "Browse users" withheld). */
    public final Set<String> mayNotSearch = new HashSet<>();
    public final Map<String, Set<String>> groups = new HashMap<>();
    public final Map<String, HostItem> items = new HashMap<>();
    /** Items (or projects and spaces, by key) listed here are visible only to the given users; others to everyone. */
    public final Map<String, Set<String>> restricted = new HashMap<>();
    public final Map<String, Set<String>> containerAdmins = new HashMap<>();
    /** Containers that do not exist: a policy or insight asked for one of these is not found. */
    public final Set<String> missingContainers = new HashSet<>();
    /** Each container's item types by key; a container not listed has the default ones of its kind. */
    public final Map<String, List<String>> itemTypes = new HashMap<>();
    /** Users who may view every item but edit none. */
    public final Set<String> viewOnly = new HashSet<>();
    public final List<String> mail = new ArrayList<>();
    /** For each mail of {@link #mail} that stood for lower levels never sent, how many. */
    public final Map<String, Integer> missedLevels = new HashMap<>();
    /** Addressees whose mail the host refuses, as a mail server refuses an address. */
    public final Set<String> refusedMail = new HashSet<>();
    /** Projects by key (their pages are found as items) with their name. */
    public final Map<String, String> projects = new HashMap<>();
    /** Resolved issues of a project with their resolution time. */
    public final Map<String, List<Map.Entry<WorkItem, java.time.Instant>>> resolved = new HashMap<>();
    public final Map<String, List<WorkItem>> inProgress = new HashMap<>();
    public final Map<String, List<WorkItem>> blocked = new HashMap<>();
    /** The "since" each resolved list was last asked for, to check what the caller asked. */
    public final List<java.time.Instant> resolvedAskedSince = new ArrayList<>();
    /** Page comments written through {@link PageComments}: "pageId|author|text|commentId", in order. */
    public final List<String> pageComments = new ArrayList<>();
    /**
     * The plugin's host-event hooks, told of each comment written through {@link PageComments} while it is written,
     * as Confluence publishes its comment event inside {@code addCommentToObject}; null: no event (set by the fixture).
     */
    public works.async.plugin.item.ItemEvents commentEvents;
    /** When set, writing a page comment fails with this (a host that cannot store it). */
    public RuntimeException commentFailure;
    private String current;

    /** A project whose page everyone who is a user may see (as browse permission). */
    public FakeHost project(String key, String name) {
        projects.put(key, name);
        items.put(key, new HostItem(ItemRef.projectPage(key), name, null, null, null, null, "admin", false));
        return this;
    }

    public FakeHost user(String key, String zone) {
        users.put(key, new HostUser(key, key, key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1), ZoneId.of(zone)));
        return this;
    }

    public HostItem issue(String key, String owner, String reporter) {
        HostItem item = new HostItem(ItemRef.issue(key.substring(0, key.indexOf('-')), key), "Issue " + key, "Task",
                "Medium", owner, reporter, "admin", false);
        items.put(key, item);
        return item;
    }

    /** A Confluence page of the space, titled as given. */
    public HostItem page(String space, String pageId, String title) {
        HostItem item = new HostItem(ItemRef.page(space, pageId), title, "page", null, null, "admin", "admin", false);
        items.put(pageId, item);
        return item;
    }

    @Override
    public String add(HostItem page, String authorKey, String text) {
        if (commentFailure != null) {
            throw commentFailure;
        }
        String id = "comment-" + (pageComments.size() + 1);
        pageComments.add(page.ref().itemKey() + "|" + authorKey + "|" + text + "|" + id);
        if (commentEvents != null) {
            commentEvents.commentAdded(page, authorKey, id, text);
        }
        return id;
    }

    public void signIn(String key) {
        current = key;
    }

    // --- UserManager -------------------------------------------------------------------------
    @Override
    public UserKey getRemoteUserKey() {
        return current == null ? null : new UserKey(current);
    }

    @Override
    public UserProfile getRemoteUser() {
        throw new UnsupportedOperationException();
    }

    @Override
    public UserProfile getRemoteUser(HttpServletRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public UserKey getRemoteUserKey(HttpServletRequest request) {
        return getRemoteUserKey();
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        throw new UnsupportedOperationException();
    }

    @Override
    public UserProfile getUserProfile(String username) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        return groups.getOrDefault(group, Set.of()).contains(userKey.getStringValue());
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return isAdmin(userKey);
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return admins.contains(userKey.getStringValue());
    }

    // --- UserDirectory -----------------------------------------------------------------------
    @Override
    public Optional<HostUser> byKey(String key) {
        return Optional.ofNullable(users.get(key));
    }

    @Override
    public Optional<HostUser> byUsername(String username) {
        return users.values().stream().filter(u -> u.username().equalsIgnoreCase(username)).findFirst();
    }

    @Override
    public boolean maySearch(String userKey) {
        return !mayNotSearch.contains(userKey);
    }

    @Override
    public List<HostUser> search(String query, int limit) {
        String q = query.toLowerCase(Locale.ROOT);
        return users.values().stream().filter(u -> u.displayName().toLowerCase(Locale.ROOT).contains(q)).limit(limit).toList();
    }

    @Override
    public List<HostUser> groupMembers(String group, int limit) {
        return groups.getOrDefault(group, Set.of()).stream().map(users::get).limit(limit).toList();
    }

    /** Group names match case-insensitively, as in the products' directories. */
    @Override
    public Optional<String> group(String name) {
        return groups.keySet().stream().filter(g -> g.equalsIgnoreCase(name)).findFirst();
    }

    @Override
    public List<String> searchGroups(String query, int limit) {
        String q = query.toLowerCase(Locale.ROOT);
        return groups.keySet().stream().filter(g -> g.toLowerCase(Locale.ROOT).contains(q)).sorted().limit(limit).toList();
    }

    // --- ItemAccess --------------------------------------------------------------------------
    @Override
    public Optional<HostItem> find(ItemRef.Kind kind, String itemKey) {
        return Optional.ofNullable(items.get(itemKey)).filter(i -> i.ref().kind() == kind);
    }

    @Override
    public boolean canView(String userKey, ItemRef item) {
        Set<String> only = restricted.get(item.itemKey());
        return users.containsKey(userKey) && (only == null || only.contains(userKey));
    }

    @Override
    public boolean canEdit(String userKey, ItemRef item) {
        return canView(userKey, item) && !viewOnly.contains(userKey);
    }

    @Override
    public boolean isContainerAdmin(String userKey, PolicyScope.ContainerKind kind, String containerKey) {
        return containerAdmins.getOrDefault(containerKey, Set.of()).contains(userKey);
    }

    /** Every project or space key exists but those listed in {@link #missingContainers}. */
    @Override
    public boolean containerExists(PolicyScope.ContainerKind kind, String containerKey) {
        return !missingContainers.contains(containerKey);
    }

    /** Projects have Bug, Task and Story; spaces page and action-item; unless {@link #itemTypes} says otherwise. */
    @Override
    public List<String> itemTypes(PolicyScope.ContainerKind kind, String containerKey) {
        if (!containerExists(kind, containerKey)) {
            return List.of();
        }
        return itemTypes.getOrDefault(containerKey, kind == PolicyScope.ContainerKind.JIRA_PROJECT
                ? List.of("Bug", "Task", "Story") : List.of("page", "action-item"));
    }

    @Override
    public boolean canViewContainer(String userKey, PolicyScope.ContainerKind kind, String containerKey) {
        Set<String> only = restricted.get(containerKey);
        return users.containsKey(userKey) && (only == null || only.contains(userKey));
    }

    // --- ProjectWork -------------------------------------------------------------------------
    @Override
    public List<WorkItem> resolvedSince(String viewerKey, String projectKey, java.time.Instant since, int limit) {
        resolvedAskedSince.add(since);
        return resolved.getOrDefault(projectKey, List.of()).stream().filter(e -> !e.getValue().isBefore(since))
                .filter(e -> canView(viewerKey, ItemRef.issue(projectKey, e.getKey().key())))
                .map(Map.Entry::getKey).limit(limit).toList();
    }

    @Override
    public List<WorkItem> inProgress(String viewerKey, String projectKey, int limit) {
        return inProgress.getOrDefault(projectKey, List.of()).stream().limit(limit).toList();
    }

    @Override
    public List<WorkItem> blocked(String viewerKey, String projectKey, int limit) {
        return blocked.getOrDefault(projectKey, List.of()).stream().limit(limit).toList();
    }

    // --- Mailer ------------------------------------------------------------------------------
    @Override
    public void deliver(Notification notification, HostUser addressee) {
        if (refusedMail.contains(addressee.key())) {
            throw new IllegalStateException("550 Recipient address rejected: " + addressee.key());
        }
        mail.add(addressee.key() + " " + notification.key().asString());
        if (notification.missedLevels() > 0) {
            missedLevels.put(addressee.key() + " " + notification.key().asString(), notification.missedLevels());
        }
    }

}
