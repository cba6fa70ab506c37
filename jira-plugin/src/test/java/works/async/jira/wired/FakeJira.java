package works.async.jira.wired;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static works.async.plugin.wired.ByName.NO_CALLS;
import static works.async.plugin.wired.ByName.fake;
import static works.async.plugin.wired.ByName.unfaked;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicLong;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.bc.group.search.GroupPickerSearchService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.ofbiz.core.entity.GenericEntityException;
import org.ofbiz.core.entity.GenericValue;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import works.async.core.testing.MutableClock;
import works.async.jira.spring.JiraPluginConfig;
import works.async.plugin.spring.HostClock;
import works.async.plugin.wired.FakeEventBus;
import works.async.plugin.wired.FakeSal;
import works.async.plugin.wired.FakeSal.Asked;
import works.async.plugin.wired.FakeScheduler;

/**
 * A small Jira with state, in place of every service the plugin imports: people with their own languages and zones
 * (Jira user keys differ from user names, as in Jira), project DEMO with three issues of which DEMO-3 is hidden from
 * dave by its security level, a mail queue that keeps what it is given, a scheduler that keeps the registered runner
 * and runs it when told, an event publisher that keeps the registered listeners and delivers to their
 * {@code @EventListener} methods, SAL's texts from the plugin's real bundles, and a clock the test moves.
 *
 * <p>Each service is a fake of plugin-common's {@code ByName}: a Mockito mock whose default answer dispatches on the
 * method name, so the fakes stay valid against the real (much larger) Jira interfaces; a method no fake answers
 * fails the test, naming it. Data objects (users, issues, events) are ordinary Mockito mocks, as Jira's own unit
 * tests build them.
 */
final class FakeJira {

    private static final String HOST = "Jira";

    /** A Jira user: key, user name, display name, profile language and zone. */
    record Person(String key, String name, String displayName, Locale locale, ZoneId zone) {

        String email() {
            return name + "@example.com";
        }
    }

    static final Person ADMIN = new Person("JIRAUSER10000", "admin", "Ada Admin", Locale.UK, ZoneId.of("UTC"));
    static final Person ALICE = new Person("JIRAUSER10100", "alice", "Alice Adler", Locale.GERMANY,
            ZoneId.of("Europe/Berlin"));
    static final Person BOB = new Person("JIRAUSER10101", "bob", "Bob Brown", Locale.US,
            ZoneId.of("America/New_York"));
    static final Person CAROL = new Person("JIRAUSER10102", "carol", "Carol Chen", Locale.UK,
            ZoneId.of("Europe/London"));
    static final Person DAVE = new Person("JIRAUSER10103", "dave", "Dave Durand", Locale.FRANCE,
            ZoneId.of("Europe/Paris"));

    static final String PROJECT = "DEMO";
    /** Issue ids, as Jira numbers them (the JQL functions answer these). */
    static final long DEMO_1 = 10001L;
    static final long DEMO_2 = 10002L;
    static final long DEMO_3 = 10003L;

    static final String BASE_URL = "https://jira.example.com/jira";

    /** The bundles the descriptor declares, as SAL reads them for the plugin. */
    private static final List<String> BUNDLES = List.of("/i18n/async-work-jira.properties",
            "/i18n/async-work.properties", "/i18n/async-work-ui.properties");

    final MutableClock clock;

    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, ApplicationUser> users = new LinkedHashMap<>();
    private final Map<String, MutableIssue> issues = new LinkedHashMap<>();
    private final Map<String, String> assignees = Collections.synchronizedMap(new HashMap<>());
    /** Issues only these users may browse (an issue security level); other issues are open to every active user. */
    private final Map<String, Set<String>> restricted = new HashMap<>();
    private final Project project;
    private final FakeSal sal = new FakeSal(HOST, BUNDLES, this::requestLocale);
    private final List<Email> mails = Collections.synchronizedList(new ArrayList<>());
    private final FakeEventBus events = new FakeEventBus();
    private final FakeScheduler scheduler = new FakeScheduler();
    private final AtomicLong commentIds = new AtomicLong(10500);
    private volatile String signedIn;

    FakeJira(Instant now) {
        clock = new MutableClock(now);
        for (Person person : List.of(ADMIN, ALICE, BOB, CAROL, DAVE)) {
            people.put(person.key(), person);
            users.put(person.key(), user(person));
        }
        project = mock(Project.class);
        when(project.getKey()).thenReturn(PROJECT);
        when(project.getLeadUserKey()).thenReturn(ADMIN.key());
        issue(DEMO_1, "DEMO-1", "Login fails after the upgrade", CAROL);
        issue(DEMO_2, "DEMO-2", "Choose the database for reports", CAROL);
        issue(DEMO_3, "DEMO-3", "Security review of the login", CAROL);
        restricted.put("DEMO-3", Set.of(ADMIN.key(), ALICE.key(), BOB.key(), CAROL.key()));
    }

    /**
     * The plugin's root config as Jira starts it, on this Jira and the given Active Objects: every host import is
     * defined here first under its bean name, and a bean defined before the configuration classes are read wins over
     * their {@code @Bean} methods (whose stand-in {@code importOsgiService} would throw). Nothing else is replaced.
     */
    AnnotationConfigApplicationContext start(ActiveObjects ao) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        // SharedHostImports
        context.registerBean("activeObjects", ActiveObjects.class, () -> ao);
        context.registerBean("userManager", com.atlassian.sal.api.user.UserManager.class, this::salUserManager);
        context.registerBean("i18nResolver", I18nResolver.class, sal::i18nResolver);
        // JiraHostImports
        context.registerBean("jiraUserManager", UserManager.class, this::jiraUserManager);
        context.registerBean("userSearchService", UserSearchService.class, this::userSearchService);
        context.registerBean("groupManager", GroupManager.class, this::groupManager);
        context.registerBean("groupPickerSearchService", GroupPickerSearchService.class, this::groupPickerSearchService);
        context.registerBean("timeZoneManager", TimeZoneManager.class, this::timeZoneManager);
        context.registerBean("issueManager", IssueManager.class, this::issueManager);
        context.registerBean("projectManager", ProjectManager.class, this::projectManager);
        context.registerBean("permissionManager", PermissionManager.class, this::permissionManager);
        context.registerBean("globalPermissionManager", GlobalPermissionManager.class, this::globalPermissionManager);
        context.registerBean("mailQueue", MailQueue.class, this::mailQueue);
        context.registerBean("localeResolver", LocaleResolver.class, this::localeResolver);
        context.registerBean("applicationProperties", ApplicationProperties.class, this::applicationProperties);
        context.registerBean("templateRenderer", TemplateRenderer.class, sal::templateRenderer);
        // The pages' services and the project page's search: no scenario here opens a page or drafts a report (their servlets have tests of their own), so any call
        // fails the test, naming the method.
        context.registerBean("loginUriProvider", LoginUriProvider.class,
                () -> fake(HOST, LoginUriProvider.class, NO_CALLS));
        context.registerBean("webSudoManager", WebSudoManager.class,
                () -> fake(HOST, WebSudoManager.class, NO_CALLS));
        context.registerBean("searchService", SearchService.class,
                () -> fake(HOST, SearchService.class, NO_CALLS));
        context.registerBean("pageBuilderService", PageBuilderService.class,
                () -> fake(HOST, PageBuilderService.class, NO_CALLS));
        // SharedEventImports
        context.registerBean("eventPublisher", EventPublisher.class, () -> events.publisher(HOST));
        context.registerBean("schedulerService", SchedulerService.class, () -> scheduler.service(HOST));
        // JiraPluginBeans' clock: the test's.
        context.registerBean("hostClock", HostClock.class, () -> new HostClock(clock));
        context.register(JiraPluginConfig.class);
        context.refresh();
        return context;
    }

    // --- What the test does in Jira ---------------------------------------------------------------------------

    /** The user of the current request (SAL's remote user, and the language SAL answers in). */
    void signIn(Person person) {
        signedIn = person == null ? null : person.key();
    }

    ApplicationUser user(Person person) {
        ApplicationUser existing = users.get(person.key());
        if (existing != null) {
            return existing;
        }
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(person.key());
        when(user.getUsername()).thenReturn(person.name());
        when(user.getName()).thenReturn(person.name());
        when(user.getDisplayName()).thenReturn(person.displayName());
        when(user.getEmailAddress()).thenReturn(person.email());
        when(user.isActive()).thenReturn(true);
        return user;
    }

    MutableIssue issue(String key) {
        return Optional.ofNullable(issues.get(key)).orElseThrow(() -> new AssertionError("no issue " + key));
    }

    /**
     * {@code actor} assigns the issue to {@code assignee}: Jira saves the new assignee, then sends an Assign event whose
     * change log has the assignee item (old and new value are user keys).
     */
    IssueEvent assign(String issueKey, Person assignee, Person actor) throws GenericEntityException {
        GenericValue item = assigneeItem(issueKey, assignee);
        return event(EventType.ISSUE_ASSIGNED_ID, issueKey, actor, changeLog(item), null);
    }

    /**
     * {@code actor} edits the issue, changing its summary and its assignee: Jira raises no Assign event for an edit,
     * only an Updated event whose change log holds both items.
     */
    IssueEvent editAssignee(String issueKey, Person assignee, Person actor) throws GenericEntityException {
        GenericValue summary = changeItem("summary", issue(issueKey).getSummary(), "Edited: " + issueKey);
        GenericValue item = assigneeItem(issueKey, assignee);
        return event(EventType.ISSUE_UPDATED_ID, issueKey, actor, changeLog(summary, item), null);
    }

    /** {@code author} comments on the issue: Jira saves the comment, then sends a Commented event carrying it. */
    IssueEvent comment(String issueKey, Person author, String body) {
        Comment comment = mock(Comment.class);
        when(comment.getId()).thenReturn(commentIds.incrementAndGet());
        when(comment.getAuthorKey()).thenReturn(author.key());
        when(comment.getBody()).thenReturn(body);
        return event(EventType.ISSUE_COMMENTED_ID, issueKey, author, null, comment);
    }

    /** The mails on Jira's queue, in the order they were queued. */
    List<Email> mails() {
        return List.copyOf(mails);
    }

    /** The texts SAL was asked for so far, in which language. */
    List<Asked> asked() {
        return sal.asked();
    }

    /** The text of a key in the plugin's (English, the only) bundles, formatted as SAL formats it. */
    String text(Locale locale, String key, Object... arguments) {
        return sal.text(locale, key, arguments);
    }

    /** Publishes the event as Atlassian Events does: to each registered listener's matching {@code @EventListener}. */
    void publish(Object event) {
        events.publish(event);
    }

    /** Runs the scheduled job as the scheduler does when its time comes: the runner registered for the job's key. */
    JobRunnerResponse runJob(JobId jobId) {
        return scheduler.runJob(jobId);
    }

    boolean hasListener() {
        return events.hasListener();
    }

    // --- The services ------------------------------------------------------------------------------------------

    private UserManager jiraUserManager() {
        return fake(HOST, UserManager.class, (method, args) -> switch (method) {
            case "getUserByKey" -> args[0] == null ? null : users.get((String) args[0]);
            case "getUserByName" -> args[0] == null ? null : byName((String) args[0]);
            default -> unfaked();
        });
    }

    private com.atlassian.sal.api.user.UserManager salUserManager() {
        return fake(HOST, com.atlassian.sal.api.user.UserManager.class, (method, args) -> switch (method) {
            case "getRemoteUserKey" -> signedIn == null ? null : new UserKey(signedIn);
            case "isAdmin", "isSystemAdmin" -> args[0] != null && ADMIN.key().equals(((UserKey) args[0]).getStringValue());
            case "isUserInGroup" -> false;
            default -> unfaked();
        });
    }

    private UserSearchService userSearchService() {
        return fake(HOST, UserSearchService.class, (method, args) -> switch (method) {
            case "findUsers" -> users.values().stream()
                    .filter(u -> u.getDisplayName().toLowerCase(Locale.ROOT)
                            .contains(((String) args[0]).toLowerCase(Locale.ROOT)))
                    .toList();
            default -> unfaked();
        });
    }

    /** One group, Jira's administrators; any other group is unknown and has no members, as in Jira. */
    private GroupManager groupManager() {
        return fake(HOST, GroupManager.class, (method, args) -> switch (method) {
            case "getUsersInGroup" -> "jira-administrators".equals(args[0]) ? List.of(users.get(ADMIN.key()))
                    : List.of();
            case "getGroup" -> "jira-administrators".equalsIgnoreCase((String) args[0]) ? administrators() : null;
            default -> unfaked();
        });
    }

    private GroupPickerSearchService groupPickerSearchService() {
        return fake(HOST, GroupPickerSearchService.class, (method, args) -> switch (method) {
            case "findGroups" -> "jira-administrators".contains(((String) args[0]).toLowerCase(Locale.ROOT))
                    ? List.of(administrators()) : List.of();
            default -> unfaked();
        });
    }

    private com.atlassian.crowd.embedded.api.Group administrators() {
        return fake(HOST, com.atlassian.crowd.embedded.api.Group.class, (method, args) -> switch (method) {
            case "getName" -> "jira-administrators";
            default -> unfaked();
        });
    }

    private TimeZoneManager timeZoneManager() {
        return fake(HOST, TimeZoneManager.class, (method, args) -> switch (method) {
            case "getUserTimeZone" -> TimeZone.getTimeZone(person((UserKey) args[0]).zone());
            case "getDefaultTimeZone" -> TimeZone.getTimeZone("UTC");
            default -> unfaked();
        });
    }

    private LocaleResolver localeResolver() {
        return fake(HOST, LocaleResolver.class, (method, args) -> switch (method) {
            case "getLocale" -> args.length == 1 && args[0] instanceof UserKey key ? person(key).locale()
                    : requestLocale();
            default -> unfaked();
        });
    }

    private IssueManager issueManager() {
        return fake(HOST, IssueManager.class, (method, args) -> switch (method) {
            case "getIssueObject" -> args[0] instanceof String key ? issues.get(key) : unfaked();
            default -> unfaked();
        });
    }

    private ProjectManager projectManager() {
        return fake(HOST, ProjectManager.class, (method, args) -> switch (method) {
            case "getProjectObjByKey" -> PROJECT.equals(args[0]) ? project : null;
            default -> unfaked();
        });
    }

    /**
     * Browse and edit: every active user, except on a restricted issue; administer the project: the administrator.
     */
    private PermissionManager permissionManager() {
        return fake(HOST, PermissionManager.class, (method, args) -> switch (method) {
            case "hasPermission" -> {
                ApplicationUser user = (ApplicationUser) args[2];
                if (user == null || !user.isActive()) {
                    yield false;
                }
                if (ProjectPermissions.ADMINISTER_PROJECTS.equals(args[0])) {
                    yield ADMIN.key().equals(user.getKey());
                }
                if (args[1] instanceof Issue issue) {
                    Set<String> only = restricted.get(issue.getKey());
                    yield only == null || only.contains(user.getKey());
                }
                yield ProjectPermissions.BROWSE_PROJECTS.equals(args[0]);
            }
            default -> unfaked();
        });
    }

    private GlobalPermissionManager globalPermissionManager() {
        return fake(HOST, GlobalPermissionManager.class, (method, args) -> switch (method) {
            // Only the admin administers Jira; everyone but Dave may browse users (as if he were outside the group
            // that Jira grants "Browse users" to).
            case "hasPermission" -> args[1] != null && (GlobalPermissionKey.ADMINISTER.equals(args[0])
                    ? ADMIN.key().equals(((ApplicationUser) args[1]).getKey())
                    : GlobalPermissionKey.USER_PICKER.equals(args[0]) && !DAVE.key().equals(((ApplicationUser) args[1]).getKey()));
            default -> unfaked();
        });
    }

    private MailQueue mailQueue() {
        return fake(HOST, MailQueue.class, (method, args) -> switch (method) {
            case "addItem" -> {
                mails.add(((SingleMailQueueItem) args[0]).getEmail());
                yield null;
            }
            default -> unfaked();
        });
    }

    private ApplicationProperties applicationProperties() {
        return fake(HOST, ApplicationProperties.class, (method, args) -> switch (method) {
            case "getBaseUrl" -> args.length == 1 && args[0] == UrlMode.RELATIVE ? "/jira" : BASE_URL;
            default -> unfaked();
        });
    }

    // --- Helpers -----------------------------------------------------------------------------------------------

    private Locale requestLocale() {
        return signedIn == null ? Locale.UK : people.get(signedIn).locale();
    }

    private Person person(UserKey key) {
        return Optional.ofNullable(people.get(key.getStringValue()))
                .orElseThrow(() -> new AssertionError("no user " + key.getStringValue()));
    }

    private ApplicationUser byName(String name) {
        return users.values().stream().filter(u -> u.getUsername().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    private void issue(long id, String key, String summary, Person reporter) {
        IssueType task = mock(IssueType.class);
        when(task.getName()).thenReturn("Task");
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getSummary()).thenReturn(summary);
        when(issue.getProjectObject()).thenReturn(project);
        when(issue.getIssueType()).thenReturn(task);
        when(issue.getReporter()).thenReturn(users.get(reporter.key()));
        when(issue.getAssignee()).thenAnswer(call -> {
            String assignee = assignees.get(key);
            return assignee == null ? null : users.get(assignee);
        });
        issues.put(key, issue);
    }

    /** Saves the new assignee and answers the change item Jira records for it (old and new value: user keys). */
    private GenericValue assigneeItem(String issueKey, Person assignee) {
        String old = assignees.put(issueKey, assignee.key());
        return changeItem("assignee", old, assignee.key());
    }

    private static GenericValue changeItem(String field, String oldValue, String newValue) {
        GenericValue item = mock(GenericValue.class);
        when(item.getString("field")).thenReturn(field);
        when(item.getString("oldvalue")).thenReturn(oldValue);
        when(item.getString("newvalue")).thenReturn(newValue);
        return item;
    }

    private static GenericValue changeLog(GenericValue... items) throws GenericEntityException {
        GenericValue changeLog = mock(GenericValue.class);
        when(changeLog.getRelated("ChildChangeItem")).thenReturn(List.of(items));
        return changeLog;
    }

    private IssueEvent event(Long type, String issueKey, Person actor, GenericValue changeLog, Comment comment) {
        // IssueEvent is a final class: Mockito's inline mock maker mocks it, as IssueEventListenerTest does.
        IssueEvent event = mock(IssueEvent.class);
        when(event.getEventTypeId()).thenReturn(type);
        when(event.getIssue()).thenReturn(issue(issueKey));
        when(event.getUser()).thenReturn(users.get(actor.key()));
        when(event.getChangeLog()).thenReturn(changeLog);
        when(event.getComment()).thenReturn(comment);
        return event;
    }
}
