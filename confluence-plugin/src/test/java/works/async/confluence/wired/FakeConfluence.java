package works.async.confluence.wired;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static works.async.plugin.wired.ByName.NO_CALLS;
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
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicLong;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.event.events.content.comment.CommentCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.CommentManager;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import works.async.core.testing.MutableClock;
import works.async.confluence.spring.ConfluencePluginConfig;
import works.async.plugin.spring.HostClock;
import works.async.plugin.wired.ByName;
import works.async.plugin.wired.FakeEventBus;
import works.async.plugin.wired.FakeSal;
import works.async.plugin.wired.FakeScheduler;

/**
 * A small Confluence with state, in place of every service the plugin imports: people with their own languages and
 * zones (Confluence user keys differ from user names), space TEAM with pages whose storage-format bodies the test
 * writes, a task manager that keeps what is queued, SAL's texts from the plugin's real bundles and Velocity for the
 * templates ({@link FakeSal}), plugin-common's event bus and scheduler fakes, and a clock the test moves. Services
 * answer by method name ({@link ByName}); a call no fake answers fails the test, naming it. Pages, users and events
 * are Mockito mocks, as the Confluence stand-ins expect.
 */
final class FakeConfluence {

    private static final String HOST = "Confluence";

    /** A Confluence user: key, user name, full name, profile language and zone. */
    record Person(String key, String name, String fullName, Locale locale, ZoneId zone) {

        String email() {
            return name + "@example.com";
        }
    }

    static final Person ADMIN = new Person("8a7f808a00000000000000000000a000", "admin", "Ada Admin", Locale.UK,
            ZoneId.of("UTC"));
    static final Person ALICE = new Person("8a7f808a00000000000000000000a100", "alice", "Alice Adler", Locale.GERMANY,
            ZoneId.of("Europe/Berlin"));
    static final Person BOB = new Person("8a7f808a00000000000000000000a101", "bob", "Bob Brown", Locale.US,
            ZoneId.of("America/New_York"));
    static final Person CAROL = new Person("8a7f808a00000000000000000000a102", "carol", "Carol Chen", Locale.UK,
            ZoneId.of("Europe/London"));

    static final String SPACE = "TEAM";
    static final String BASE_URL = "https://confluence.example.com/confluence";

    /** The bundles the descriptor declares, as SAL reads them for the plugin. */
    private static final List<String> BUNDLES = List.of("/i18n/async-work-confluence.properties",
            "/i18n/async-work.properties", "/i18n/async-work-ui.properties");

    /** A task on one of Confluence's queues. */
    record Queued(String queue, Task task) {
    }

    final MutableClock clock;
    final FakeEventBus events = new FakeEventBus();
    final FakeScheduler scheduler = new FakeScheduler();

    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, ConfluenceUser> users = new LinkedHashMap<>();
    private final Map<Long, Page> pages = Collections.synchronizedMap(new HashMap<>());
    private final Map<Long, String> bodies = Collections.synchronizedMap(new HashMap<>());
    private final Space space;
    final FakeSal sal = new FakeSal(HOST, BUNDLES, this::requestLocale);
    private final List<Queued> tasks = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong commentIds = new AtomicLong(5000);
    private final List<String> written = Collections.synchronizedList(new ArrayList<>());
    private volatile String signedIn;

    FakeConfluence(Instant now) {
        clock = new MutableClock(now);
        for (Person person : List.of(ADMIN, ALICE, BOB, CAROL)) {
            people.put(person.key(), person);
            users.put(person.key(), user(person));
        }
        space = mock(Space.class);
        when(space.getKey()).thenReturn(SPACE);
        when(space.getCreator()).thenReturn(users.get(ADMIN.key()));
    }

    /**
     * The plugin's root config as Confluence starts it, on this Confluence and the given Active Objects: every host
     * import is defined here first under its bean name, which wins over the configuration's {@code @Bean} methods
     * (whose stand-in {@code importOsgiService} would throw). Nothing else is replaced.
     */
    AnnotationConfigApplicationContext start(ActiveObjects ao) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        // SharedHostImports
        context.registerBean("activeObjects", ActiveObjects.class, () -> ao);
        context.registerBean("userManager", com.atlassian.sal.api.user.UserManager.class, this::salUserManager);
        context.registerBean("i18nResolver", I18nResolver.class, sal::i18nResolver);
        // ConfluenceHostImports
        context.registerBean("templateRenderer", TemplateRenderer.class, sal::templateRenderer);
        context.registerBean("userAccessor", UserAccessor.class, this::userAccessor);
        context.registerBean("timeZoneManager", TimeZoneManager.class, this::timeZoneManager);
        context.registerBean("pageManager", PageManager.class, this::pageManager);
        context.registerBean("spaceManager", SpaceManager.class, this::spaceManager);
        context.registerBean("commentManager", CommentManager.class, this::commentManager);
        context.registerBean("permissionManager", PermissionManager.class, this::permissionManager);
        context.registerBean("spacePermissionManager", SpacePermissionManager.class, this::spacePermissionManager);
        context.registerBean("multiQueueTaskManager", MultiQueueTaskManager.class, this::taskManager);
        context.registerBean("localeResolver", LocaleResolver.class, this::localeResolver);
        context.registerBean("applicationProperties", ApplicationProperties.class, this::applicationProperties);
        // SharedPageImports: no scenario here opens a page, so any call fails the test, naming the method.
        context.registerBean("loginUriProvider", LoginUriProvider.class,
                () -> ByName.fake(HOST, LoginUriProvider.class, NO_CALLS));
        context.registerBean("webSudoManager", WebSudoManager.class,
                () -> ByName.fake(HOST, WebSudoManager.class, NO_CALLS));
        context.registerBean("pageBuilderService", PageBuilderService.class,
                () -> ByName.fake(HOST, PageBuilderService.class, NO_CALLS));
        // SharedEventImports
        context.registerBean("eventPublisher", EventPublisher.class, () -> events.publisher(HOST));
        context.registerBean("schedulerService", SchedulerService.class, () -> scheduler.service(HOST));
        // ConfluencePluginBeans' clock: the test's.
        context.registerBean("hostClock", HostClock.class, () -> new HostClock(clock));
        context.register(ConfluencePluginConfig.class);
        context.refresh();
        return context;
    }

    // --- What the test does in Confluence ------------------------------------------------------------------------

    /** The user of the current request (SAL's remote user, and the language SAL answers in). */
    void signIn(Person person) {
        signedIn = person == null ? null : person.key();
    }

    /**
     * {@code author} publishes a new page in TEAM with the storage-format body, signed in as Confluence publishes the
     * event on the saving request's thread; answers the event.
     */
    PageCreateEvent createPage(long id, String title, String storage, Person author) {
        Page page = mock(Page.class);
        when(page.getId()).thenReturn(id);
        when(page.getIdAsString()).thenReturn(Long.toString(id));
        when(page.getTitle()).thenReturn(title);
        when(page.getType()).thenReturn("page");
        when(page.getSpace()).thenReturn(space);
        when(page.getSpaceKey()).thenReturn(SPACE);
        when(page.isDeleted()).thenReturn(false);
        when(page.getCreator()).thenReturn(users.get(author.key()));
        when(page.getBodyAsString()).thenAnswer(call -> bodies.get(id));
        pages.put(id, page);
        bodies.put(id, storage);
        signIn(author);
        return pageEvent(PageCreateEvent.class, page);
    }

    /** {@code editor} saves a new version of the page's body; answers the event. */
    PageUpdateEvent editPage(long id, String storage, Person editor) {
        Page page = Optional.ofNullable(pages.get(id)).orElseThrow(() -> new AssertionError("no page " + id));
        bodies.put(id, storage);
        signIn(editor);
        return pageEvent(PageUpdateEvent.class, page);
    }

    /**
     * Someone moves the page to the trash: Confluence keeps it, marked deleted (so the plugin's item access no longer
     * finds it), and publishes the event; answers it.
     */
    PageTrashedEvent trashPage(long id) {
        Page page = Optional.ofNullable(pages.get(id)).orElseThrow(() -> new AssertionError("no page " + id));
        when(page.isDeleted()).thenReturn(true);
        PageTrashedEvent event = mock(PageTrashedEvent.class);
        when(event.getPage()).thenReturn(page);
        return event;
    }

    /** {@code author} comments on the page (storage format); answers Confluence's event and the comment's id. */
    CommentCreateEvent comment(long pageId, Person author, String storage) {
        Comment comment = mock(Comment.class);
        String id = Long.toString(commentIds.incrementAndGet());
        when(comment.getIdAsString()).thenReturn(id);
        when(comment.getContainer()).thenReturn(pages.get(pageId));
        when(comment.getCreator()).thenReturn(users.get(author.key()));
        when(comment.getBodyAsString()).thenReturn(storage);
        CommentCreateEvent event = mock(CommentCreateEvent.class);
        when(event.getComment()).thenReturn(comment);
        return event;
    }

    /**
     * The comments written through {@code CommentManager.addCommentToObject}: page id, creator's key, storage body and
     * comment id, as "101|key|body|id".
     */
    List<String> writtenComments() {
        return List.copyOf(written);
    }

    /** What is on Confluence's task queues, in the order it was queued. */
    List<Queued> tasks() {
        return List.copyOf(tasks);
    }

    // --- The services ------------------------------------------------------------------------------------------

    private com.atlassian.sal.api.user.UserManager salUserManager() {
        return ByName.fake(HOST, com.atlassian.sal.api.user.UserManager.class, (method, args) -> switch (method) {
            case "getRemoteUserKey" -> signedIn == null ? null : new UserKey(signedIn);
            case "isAdmin", "isSystemAdmin" -> args[0] != null
                    && ADMIN.key().equals(((UserKey) args[0]).getStringValue());
            case "isUserInGroup" -> false;
            default -> unfaked();
        });
    }

    private UserAccessor userAccessor() {
        return ByName.fake(HOST, UserAccessor.class, (method, args) -> switch (method) {
            case "getUserByKey" -> args[0] == null ? null : users.get(((UserKey) args[0]).getStringValue());
            case "getUserByName" -> users.values().stream().filter(u -> u.getName().equalsIgnoreCase((String) args[0]))
                    .findFirst().orElse(null);
            case "isDeactivated" -> false;
            // One group, Confluence's administrators (names match case-insensitively); any other is unknown.
            case "getGroup" -> "confluence-administrators".equalsIgnoreCase((String) args[0]) ? administrators() : null;
            case "findGroups" -> found(((com.atlassian.user.search.query.TermQuery<?>) args[0]).getTerm());
            default -> unfaked();
        });
    }

    private com.atlassian.user.Group administrators() {
        return ByName.fake(HOST, com.atlassian.user.Group.class, (method, args) -> switch (method) {
            case "getName" -> "confluence-administrators";
            default -> unfaked();
        });
    }

    @SuppressWarnings("unchecked")
    private com.atlassian.user.search.SearchResult<com.atlassian.user.Group> found(String term) {
        List<com.atlassian.user.Group> groups = "confluence-administrators".contains(term.toLowerCase(Locale.ROOT))
                ? List.of(administrators()) : List.of();
        com.atlassian.user.search.page.Pager<com.atlassian.user.Group> pager = ByName.fake(HOST,
                com.atlassian.user.search.page.Pager.class, (method, args) -> switch (method) {
                    case "iterator" -> groups.iterator();
                    default -> unfaked();
                });
        return ByName.fake(HOST, com.atlassian.user.search.SearchResult.class, (method, args) -> switch (method) {
            case "pager" -> pager;
            default -> unfaked();
        });
    }

    private TimeZoneManager timeZoneManager() {
        return ByName.fake(HOST, TimeZoneManager.class, (method, args) -> switch (method) {
            case "getUserTimeZone" -> TimeZone.getTimeZone(person((UserKey) args[0]).zone());
            case "getDefaultTimeZone" -> TimeZone.getTimeZone("UTC");
            default -> unfaked();
        });
    }

    private PageManager pageManager() {
        return ByName.fake(HOST, PageManager.class, (method, args) -> switch (method) {
            case "getAbstractPage" -> pages.get((Long) args[0]);
            default -> unfaked();
        });
    }

    /**
     * Confluence 8.7.2's {@code DefaultCommentManager.addCommentToObject}: the thread's user becomes the creator, and
     * {@code CommentCreateEvent} is published on the same thread before the method returns.
     */
    private CommentManager commentManager() {
        return ByName.fake(HOST, CommentManager.class, (method, args) -> switch (method) {
            case "addCommentToObject" -> {
                Page page = (Page) args[0];
                ConfluenceUser creator = AuthenticatedUserThreadLocal.get();
                Person author = people.values().stream().filter(p -> users.get(p.key()) == creator).findFirst()
                        .orElseThrow(() -> new AssertionError("a comment by nobody Confluence knows"));
                CommentCreateEvent event = comment(page.getId(), author, (String) args[2]);
                written.add(page.getId() + "|" + author.key() + "|" + args[2] + "|" + event.getComment().getIdAsString());
                events.publish(event);
                yield event.getComment();
            }
            default -> unfaked();
        });
    }

    private SpaceManager spaceManager() {
        return ByName.fake(HOST, SpaceManager.class, (method, args) -> switch (method) {
            case "getSpace" -> SPACE.equals(args[0]) ? space : null;
            default -> unfaked();
        });
    }

    /** TEAM is open: every known user views and edits its pages; the administrator administers Confluence. */
    private PermissionManager permissionManager() {
        return ByName.fake(HOST, PermissionManager.class, (method, args) -> switch (method) {
            case "hasPermission" -> args[0] instanceof ConfluenceUser user && users.containsValue(user)
                    && (args[1] == Permission.VIEW || args[1] == Permission.EDIT) && pages.containsValue(args[2]);
            case "isConfluenceAdministrator" -> args[0] == users.get(ADMIN.key());
            default -> unfaked();
        });
    }

    private SpacePermissionManager spacePermissionManager() {
        return ByName.fake(HOST, SpacePermissionManager.class, (method, args) -> switch (method) {
            case "hasPermission" -> args[1] == space && args[2] instanceof ConfluenceUser user
                    && (SpacePermission.VIEWSPACE_PERMISSION.equals(args[0]) ? users.containsValue(user)
                    : user == users.get(ADMIN.key()));
            default -> unfaked();
        });
    }

    private MultiQueueTaskManager taskManager() {
        return ByName.fake(HOST, MultiQueueTaskManager.class, (method, args) -> switch (method) {
            case "addTask" -> {
                tasks.add(new Queued((String) args[0], (Task) args[1]));
                yield null;
            }
            default -> unfaked();
        });
    }

    private LocaleResolver localeResolver() {
        return ByName.fake(HOST, LocaleResolver.class, (method, args) -> switch (method) {
            case "getLocale" -> args.length == 1 && args[0] instanceof UserKey key ? person(key).locale()
                    : requestLocale();
            default -> unfaked();
        });
    }

    private ApplicationProperties applicationProperties() {
        return ByName.fake(HOST, ApplicationProperties.class, (method, args) -> switch (method) {
            case "getBaseUrl" -> args.length == 1 && args[0] == UrlMode.RELATIVE ? "/confluence" : BASE_URL;
            default -> unfaked();
        });
    }

    // --- Helpers -----------------------------------------------------------------------------------------------

    private static ConfluenceUser user(Person person) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getKey()).thenReturn(new UserKey(person.key()));
        when(user.getName()).thenReturn(person.name());
        when(user.getFullName()).thenReturn(person.fullName());
        when(user.getEmail()).thenReturn(person.email());
        return user;
    }

    private static <E extends PageEvent> E pageEvent(Class<E> type, Page page) {
        E event = mock(type);
        when(event.getPage()).thenReturn(page);
        return event;
    }

    private Locale requestLocale() {
        return signedIn == null ? Locale.UK : people.get(signedIn).locale();
    }

    private Person person(UserKey key) {
        return Optional.ofNullable(people.get(key.getStringValue()))
                .orElseThrow(() -> new AssertionError("no user " + key.getStringValue()));
    }
}
