package works.async.sandbox.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import works.async.aohost.AoDatabase;

/**
 * The sandbox's command line.
 *
 * @param port       HTTP port; 0 picks a free one (tests)
 * @param bind       address to listen on; loopback by default because the demo passwords are public
 * @param dataDir    HSQLDB file database directory (ignored with {@code --db})
 * @param jdbcUrl    PostgreSQL or MariaDB/MySQL JDBC URL, or null for HSQLDB
 * @param dbUser     database user for {@code --db}
 * @param dbPassword database password for {@code --db}
 * @param demo       whether to seed the demo data (once)
 * @param help       whether to print the usage and stop
 * @param failMailTo user names (lower case) whose mail the sandbox refuses, to show how failing delivery looks
 * @param pluginUi   whether the issue view and page view embed the plugin's panel, macros and banner; off, they are
 *                   the host's pages alone, the baseline against which the benchmarks measure what the panel costs
 * @param escalationInterval the pause between two escalation passes (default a minute, as the products' scheduler)
 * @param clockFile  a file holding an ISO-8601 duration the sandbox's clock runs ahead of the system clock (re-read
 *                   while it runs), or null; sandboxes sharing one file share one time, which tests move forward
 */
public record SandboxOptions(int port, String bind, Path dataDir, String jdbcUrl, String dbUser, String dbPassword,
                             boolean demo, boolean help, Set<String> failMailTo, boolean pluginUi,
                             Duration escalationInterval, Path clockFile) {

    /** The products' scheduler runs the escalation job once a minute. */
    public static final Duration DEFAULT_ESCALATION_INTERVAL = Duration.ofMinutes(1);

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar async-work-sandbox.jar [options]",
            "  --port N            HTTP port (default 8080; 0 = any free port)",
            "  --bind ADDRESS      address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)",
            "  --data DIR          HSQLDB file database directory (default ./sandbox-data); survives restarts",
            "  --db JDBC_URL       use PostgreSQL or MariaDB/MySQL instead, e.g. jdbc:postgresql://localhost:5432/asyncwork",
            "                      or jdbc:mariadb://localhost:3306/asyncwork (jdbc:mysql:// also; collation utf8mb4_bin)",
            "  --db-user U         database user for --db",
            "  --db-password P     database password for --db",
            "  --no-demo           do not seed the demo users, project DEMO and space TEAM",
            "  --fail-mail-to USER refuse every notification to USER (repeat or comma-separate for more), to see",
            "                      failing and parked deliveries in the outbox; the others are still delivered",
            "  --no-plugin-ui      show the issue and page views without the Async Work panel, macros and banner",
            "                      (the host alone: the baseline of the page-view benchmark)",
            "  --escalation-interval D  pause between escalation passes as an ISO-8601 duration (default PT1M), e.g.",
            "                      PT2S to watch reminders go out, or to run two sandboxes as two busy cluster nodes",
            "  --clock-file FILE   run the clock ahead of the system clock by the ISO-8601 duration in FILE (re-read",
            "                      every 100 ms; e.g. P3D); sandboxes given one file share one time (tests)",
            "  --help              print this help");

    public SandboxOptions {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(dataDir, "dataDir");
        failMailTo = failMailTo == null ? Set.of() : Set.copyOf(failMailTo);
        escalationInterval = escalationInterval == null ? DEFAULT_ESCALATION_INTERVAL : escalationInterval;
    }

    /** Parses the arguments; any problem is a {@link UsageException} whose message fits on one line. */
    public static SandboxOptions parse(String... args) {
        int port = 8080;
        String bind = "127.0.0.1";
        Path data = Path.of("sandbox-data");
        String db = null;
        String user = "";
        String password = "";
        boolean demo = true;
        boolean help = false;
        Set<String> failMailTo = new TreeSet<>();
        boolean pluginUi = true;
        Duration escalationInterval = DEFAULT_ESCALATION_INTERVAL;
        Path clockFile = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> port = port(value(args, ++i, arg));
                case "--bind" -> bind = value(args, ++i, arg);
                case "--data" -> data = Path.of(value(args, ++i, arg));
                case "--db" -> db = jdbcUrl(value(args, ++i, arg));
                case "--db-user" -> user = value(args, ++i, arg);
                case "--db-password" -> password = value(args, ++i, arg);
                case "--no-demo" -> demo = false;
                case "--fail-mail-to" -> failMailTo.addAll(userNames(value(args, ++i, arg), arg));
                case "--no-plugin-ui" -> pluginUi = false;
                case "--escalation-interval" -> escalationInterval = interval(value(args, ++i, arg));
                case "--clock-file" -> clockFile = Path.of(value(args, ++i, arg));
                case "--help", "-h" -> help = true;
                default -> throw new UsageException("Unknown option " + oneLine(arg) + " (try --help).");
            }
        }
        return new SandboxOptions(port, bind, data, db, user, password, demo, help, failMailTo, pluginUi,
                escalationInterval, clockFile);
    }

    /** The database these options point at. */
    public AoDatabase database() {
        return jdbcUrl == null ? AoDatabase.hsqldbFile(dataDir) : new AoDatabase(jdbcUrl, dbUser, dbPassword);
    }

    /** A short description of the database for the startup banner (no password). */
    public String databaseLabel() {
        return jdbcUrl == null ? "HSQLDB in " + dataDir.toAbsolutePath() : jdbcUrl;
    }

    /** The URL of the database server given with {@code --db}; empty for the HSQLDB file database. */
    public Optional<String> serverUrl() {
        return Optional.ofNullable(jdbcUrl);
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException("Option " + flag + " needs a value (try --help).");
        }
        return args[i];
    }

    private static int port(String s) {
        try {
            int port = Integer.parseInt(s);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException("--port needs a number from 0 to 65535, not " + oneLine(s) + ".");
        }
    }

    /** At least 100 ms (a tighter loop would only burn the machine), at most a day. */
    private static Duration interval(String s) {
        try {
            Duration d = Duration.parse(s);
            if (d.compareTo(Duration.ofMillis(100)) >= 0 && d.compareTo(Duration.ofDays(1)) <= 0) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // Reported below, with the value.
        }
        throw new UsageException("--escalation-interval needs an ISO-8601 duration from PT0.1S to P1D, e.g. PT2S, not "
                + oneLine(s) + ".");
    }

    private static Set<String> userNames(String s, String flag) {
        Set<String> names = new TreeSet<>();
        for (String name : s.split(",")) {
            if (name.isBlank()) {
                throw new UsageException(flag + " needs user names, e.g. " + flag + " bob, not " + oneLine(s) + ".");
            }
            names.add(name.strip().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static String jdbcUrl(String s) {
        if (!s.startsWith("jdbc:postgresql:") && !s.startsWith("jdbc:mariadb:") && !s.startsWith("jdbc:mysql:")) {
            throw new UsageException("--db needs a PostgreSQL or MariaDB/MySQL JDBC URL (jdbc:postgresql://host:port/database, "
                    + "jdbc:mariadb://host:port/database or jdbc:mysql://host:port/database), not " + oneLine(s) + ".");
        }
        return s;
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]+", " ");
    }
}
