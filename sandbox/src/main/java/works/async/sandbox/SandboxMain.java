package works.async.sandbox;

import java.io.PrintStream;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import works.async.aohost.AoDatabase;
import works.async.sandbox.auth.AuthFilter;
import works.async.sandbox.auth.SignInThrottle;
import works.async.sandbox.cli.SandboxOptions;
import works.async.sandbox.clock.OffsetFileClock;
import works.async.sandbox.clock.SeedingClock;
import works.async.sandbox.cluster.StartupLock;
import works.async.sandbox.cli.UsageException;
import works.async.sandbox.demo.DemoData;
import works.async.sandbox.demo.DemoUsers;
import works.async.sandbox.http.BodyLimitFilter;
import works.async.sandbox.http.ClasspathResourceServlet;
import works.async.sandbox.http.HttpHost;
import works.async.sandbox.pages.Chrome;
import works.async.sandbox.pages.ErrorScreens;
import works.async.sandbox.pages.IssueServlet;
import works.async.sandbox.pages.LoginServlet;
import works.async.sandbox.pages.MailboxServlet;
import works.async.sandbox.pages.PluginScreenServlet;
import works.async.sandbox.pages.ProfileServlet;
import works.async.sandbox.pages.PluginScreens;
import works.async.sandbox.pages.SharedScreens;
import works.async.sandbox.http.RequestCacheFilter;
import works.async.sandbox.http.UnexpectedErrorFilter;
import works.async.sandbox.pages.RootServlet;
import works.async.sandbox.pages.SpaceServlet;
import works.async.sandbox.pages.WebResources;
import works.async.sandbox.sal.SandboxText;

/**
 * Entry point of the standalone sandbox host. {@link #start} does the work and is what tests call; {@link #main}
 * only turns problems into one line on stderr and exit code 2.
 */
public final class SandboxMain {

    static {
        quietLogs();
    }

    private static final Logger LOG = LoggerFactory.getLogger(SandboxMain.class);

    private SandboxMain() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Starts the sandbox and prints the banner; returns 0 once it runs (the server threads keep the JVM alive). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            SandboxOptions options = SandboxOptions.parse(args);
            if (options.help()) {
                out.println(SandboxOptions.USAGE);
                return 0;
            }
            RunningSandbox sandbox = start(options, systemClock());
            Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "sandbox-shutdown"));
            banner(out, options, sandbox);
            return 0;
        } catch (UsageException e) {
            err.println(e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println(SandboxText.get("sandbox.cli.failed", oneLine(e)));
            return 2;
        }
    }

    /** Parses the arguments and starts a sandbox on the system clock (tests: {@code --port 0 --data <tmp>}). */
    public static RunningSandbox start(String... args) {
        return start(systemClock(), args);
    }

    /**
     * Parses the arguments and starts a sandbox whose every part (app, screens, escalation passes, demo data, host
     * comments and mail) reads {@code clock}, so tests can run it at a chosen instant.
     */
    public static RunningSandbox start(Clock clock, String... args) {
        return start(SandboxOptions.parse(args), clock);
    }

    /** The system clock in milliseconds, the precision instants are stored in. */
    static Clock systemClock() {
        return Clock.tickMillis(ZoneOffset.UTC);
    }

    static RunningSandbox start(SandboxOptions options, Clock clock) {
        AoDatabase database = options.database();
        checkReachable(options, database);
        Clock time = options.clockFile() == null ? clock : new OffsetFileClock(clock, options.clockFile());
        Services services;
        // Schema and demo data by one sandbox at a time: two started at once on a fresh database would both create them.
        try (StartupLock ignored = StartupLock.acquire(database)) {
            // The demo data sets it back while it seeds past weeks, before anything else reads it.
            SeedingClock seeding = new SeedingClock(time);
            services = new Services(database, seeding, options.failMailTo());
            try {
                if (options.demo()) {
                    new DemoData(services.hostAo, services.users, services.jira, services.confluence, services.actions,
                            services.pageReports, services.pageActionItems,
                            services.plugin.getBean(works.async.plugin.policy.PolicyActions.class),
                            services.replies, seeding).seedOnce();
                }
            } catch (RuntimeException e) {
                services.close();
                throw e;
            }
        }
        try {
            for (String name : options.failMailTo()) {
                // A misspelt name would refuse nobody and look like a sandbox that cannot fail.
                if (services.users.byUsername(name).isEmpty()) {
                    throw new UsageException(SandboxText.get("sandbox.cli.fail.mail.unknown", name));
                }
            }
            HttpHost http = http(options, services);
            ScheduledExecutorService jobs = escalationJob(services, options.escalationInterval());
            RunningSandbox running = new RunningSandbox(http, services, jobs,
                    options.bind().equals("0.0.0.0") ? "localhost" : options.bind());
            // Mail links are absolute, and a port of 0 is only known now.
            services.application.listeningAt(running.baseUri());
            return running;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    private static HttpHost http(SandboxOptions options, Services s) {
        Chrome chrome = new Chrome(s.renderer, WebResources.fromDescriptors());
        PluginScreens shared = new SharedScreens(s.screens, s.pageMacros, s.renderer, s.waiting);
        PluginScreens plugin = options.pluginUi() ? shared : PluginScreens.screensOnly(shared);
        // One throttle for the login form and HTTP Basic, on the sandbox's clock.
        SignInThrottle throttle = new SignInThrottle(s.clock);
        HttpHost http = new HttpHost(options.bind(), options.port())
                .filter(new RequestCacheFilter())
                // The views the products' descriptors name for the plugin's ViewReadsFilter: the issue and page views.
                .filter(s.viewReads, "/browse/*", "/spaces/*")
                .filter(new UnexpectedErrorFilter(chrome))
                .filter(new BodyLimitFilter())
                .filter(new AuthFilter(s.users, throttle))
                .rest(s.restComponents())
                .servlet(new LoginServlet(chrome, s.users, throttle), "/login", LoginServlet.LOGOUT)
                .servlet(new IssueServlet(chrome, s.jira, s.users, s.actions, plugin), "/issues", "/browse/*")
                .servlet(new SpaceServlet(chrome, s.confluence, s.users, plugin, s.actions, s.pageSaves), "/spaces", "/spaces/*")
                .servlet(new PluginScreenServlet(chrome, plugin), "/secure/async-work/*")
                .servlet(new ProfileServlet(chrome, s.users), ProfileServlet.PATH)
                .servlet(new MailboxServlet(chrome, s.mailer), MailboxServlet.PATH)
                .servlet(new ClasspathResourceServlet("static"), "/static/*")
                .servlet(new ClasspathResourceServlet("js"), WebResources.PREFIX + "js/*")
                .servlet(new ClasspathResourceServlet("css"), WebResources.PREFIX + "css/*")
                .servlet(new RootServlet(), "")
                .errorPages(new ErrorScreens(chrome, s.users));
        try {
            http.start();
        } catch (Exception e) {
            try {
                http.stop();
            } catch (Exception ignored) {
                // Nothing started that needs stopping.
            }
            if (rootCause(e) instanceof BindException) {
                throw new UsageException(options.port() == 0 ? SandboxText.get("sandbox.cli.bind.failed",
                        options.bind(), "0", oneLine(rootCause(e)))
                        : SandboxText.get("sandbox.cli.port.busy", Integer.toString(options.port())), e);
            }
            throw new UsageException(SandboxText.get("sandbox.cli.bind.failed", options.bind(),
                    Integer.toString(options.port()), oneLine(rootCause(e))), e);
        }
        return http;
    }

    /**
     * The escalation job, every minute as in the products' scheduler (or at {@code --escalation-interval}); failures
     * are logged, never fatal.
     */
    private static ScheduledExecutorService escalationJob(Services s, java.time.Duration interval) {
        ScheduledExecutorService jobs = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "async-work-escalation");
            t.setDaemon(true);
            return t;
        });
        jobs.scheduleWithFixedDelay(() -> {
            try {
                s.escalation.runOnce();
            } catch (RuntimeException | Error e) {
                // Whatever it was, the next pass must still run: a scheduled task that throws is never run again.
                LOG.warn("Escalation pass failed: {}", e.toString());
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return jobs;
    }

    /** Fails fast with one line when the database is unreachable or locked (AO's pool would retry for minutes). */
    private static void checkReachable(SandboxOptions options, AoDatabase database) {
        if (options.serverUrl().isEmpty()) {
            Path data = options.dataDir();
            try {
                Files.createDirectories(data);
            } catch (Exception e) {
                throw new UsageException(SandboxText.get("sandbox.cli.db.unreachable", data.toString(), oneLine(e)), e);
            }
            if (Files.exists(data.resolve("async-work.lck"))) {
                // HSQLDB leaves the lock file of a live database; a stale one is taken over by HSQLDB itself.
                probe(database, options);
            }
            return;
        }
        probe(database, options);
    }

    private static void probe(AoDatabase database, SandboxOptions options) {
        DriverManager.setLoginTimeout(5);
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            if (database.isMySql()) {
                requireCaseSensitiveText(connection, options);
            }
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("lockFile") || message.contains("lock file")) {
                throw new UsageException(SandboxText.get("sandbox.cli.db.locked", options.dataDir().toAbsolutePath().toString()), e);
            }
            throw new UsageException(SandboxText.get("sandbox.cli.db.unreachable", options.databaseLabel(), oneLine(e)), e);
        }
    }

    /**
     * Refuses a MariaDB or MySQL database whose text compares ignoring case (the servers' default collation): issue
     * keys, user keys and claim keys would then match other rows ("demo-1" finding DEMO-1's requests) and unique keys
     * would collide. Jira and Confluence require {@code utf8mb4_bin} there for the same reason; AO's tables take the
     * database's collation when it creates them.
     */
    private static void requireCaseSensitiveText(Connection connection, SandboxOptions options) throws SQLException {
        try (var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT @@collation_database")) {
            String collation = rs.next() ? String.valueOf(rs.getString(1)) : "";
            if (!collation.startsWith("utf8mb4_") || !collation.endsWith("_bin")) {
                throw new UsageException(SandboxText.get("sandbox.cli.db.collation", options.databaseLabel(), collation));
            }
        }
    }

    private static void banner(PrintStream out, SandboxOptions options, RunningSandbox sandbox) {
        out.println(SandboxText.get("sandbox.cli.started", sandbox.baseUri().toString()));
        out.println(SandboxText.get("sandbox.cli.database", options.databaseLabel()));
        if (options.demo()) {
            out.println(SandboxText.get("sandbox.cli.users"));
            for (DemoUsers.DemoUser u : DemoUsers.ALL) {
                out.printf("  %-8s %-18s %s%s%n", u.username(), u.displayName(), u.zone().getId(),
                        u.admin() ? "  (administrator)" : "");
            }
        }
        if (!options.failMailTo().isEmpty()) {
            out.println(SandboxText.get("sandbox.cli.fail.mail", String.join(", ", options.failMailTo())));
        }
        out.println(SandboxText.get("sandbox.cli.stop"));
    }

    /** The libraries' start-up chatter (c3p0's pool settings, Jersey's WADL notice) hides the banner; warnings stay. */
    private static void quietLogs() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
            System.setProperty("org.slf4j.simpleLogger.log.works.async", "info");
        }
        jerseyLog = java.util.logging.Logger.getLogger("org.glassfish");
        jerseyLog.setLevel(java.util.logging.Level.SEVERE);
    }

    /** Held, because java.util.logging keeps loggers only weakly and would forget the level. */
    private static java.util.logging.Logger jerseyLog;

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    private static String oneLine(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.replaceAll("\\s+", " ").trim();
    }
}
