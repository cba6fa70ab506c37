package works.async.aohost.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Finds a PostgreSQL server for tests, once per JVM: an explicitly configured one, else the
 * machine's server on loopback, else a throwaway cluster started from the machine's
 * {@code initdb}/{@code pg_ctl}. Each test class then gets a database of its own.
 */
public final class PostgresServer {

    private static final String URL_PROPERTY = "ASYNC_WORK_PG_URL";
    private static Optional<PostgresServer> instance;
    private static String unavailableReason = "";

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String description;

    private PostgresServer(String host, int port, String user, String password, String description) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.description = description;
    }

    /** The shared server, or empty (with {@link #unavailableReason()}) when this machine has none. */
    public static synchronized Optional<PostgresServer> get() {
        if (instance == null) {
            instance = locate();
            instance.ifPresent(server -> System.out.println("PostgreSQL tests run on the " + server.description()));
        }
        return instance;
    }

    /** Why no server could be found or started; empty when one was. */
    public static synchronized String unavailableReason() {
        return unavailableReason;
    }

    public String description() {
        return description;
    }

    /** Creates a fresh, uniquely named database; closing the handle drops it. */
    public PostgresDatabase createDatabase() {
        String name = "aw_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE DATABASE " + name);
        return new PostgresDatabase(jdbcUrl(name), user, password, () -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + description + " refused: " + sql, e);
        }
    }

    private static Optional<PostgresServer> locate() {
        List<String> reasons = new ArrayList<>();
        String configured = setting(URL_PROPERTY);
        if (configured != null) {
            // host:port form, e.g. 127.0.0.1:5432
            String[] hostPort = configured.split(":");
            PostgresServer server = new PostgresServer(hostPort[0], Integer.parseInt(hostPort[1]),
                    orDefault(setting("ASYNC_WORK_PG_USER"), "postgres"), orDefault(setting("ASYNC_WORK_PG_PASSWORD"), ""),
                    "configured server " + configured);
            if (server.reachable(reasons)) {
                return Optional.of(server);
            }
        }
        // ASYNC_WORK_PG_THROWAWAY=true skips the machine's server, e.g. when it wants passwords.
        boolean throwawayOnly = "true".equalsIgnoreCase(setting("ASYNC_WORK_PG_THROWAWAY"));
        for (String user : throwawayOnly ? List.<String>of() : List.of("postgres", System.getProperty("user.name"))) {
            PostgresServer local = new PostgresServer("127.0.0.1", 5432, user, "", "local server 127.0.0.1:5432 as " + user);
            if (local.reachable(reasons)) {
                return Optional.of(local);
            }
        }
        Optional<PostgresServer> started = ThrowawayCluster.start(reasons);
        if (started.isEmpty()) {
            unavailableReason = String.join("; ", reasons);
        }
        return started;
    }

    private boolean reachable(List<String> reasons) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password)) {
            return c.isValid(2);
        } catch (SQLException e) {
            reasons.add(description + ": " + e.getMessage());
            return false;
        }
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        return value != null ? value : System.getenv(name);
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    /** A cluster of our own in a temporary directory, removed when the JVM exits. */
    private static final class ThrowawayCluster {

        static Optional<PostgresServer> start(List<String> reasons) {
            Optional<Path> bin = findBinaries();
            if (bin.isEmpty()) {
                reasons.add("no initdb/pg_ctl under /usr/lib/postgresql/*/bin");
                return Optional.empty();
            }
            try {
                Path dir = Files.createTempDirectory("async-work-pg");
                boolean root = "root".equals(System.getProperty("user.name"));
                if (root) {
                    // initdb refuses to run as root: the cluster belongs to the postgres user.
                    run(List.of("chown", "postgres:postgres", dir.toString()), false);
                }
                Path data = dir.resolve("data");
                int port = freePort();
                run(List.of(bin.get().resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "postgres",
                        "--no-sync", "-E", "UTF8"), root);
                run(List.of(bin.get().resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l", dir.resolve("log").toString(),
                        "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"), root);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(bin.get(), data, dir, root)));
                PostgresServer server = new PostgresServer("127.0.0.1", port, "postgres", "",
                        "throwaway cluster on 127.0.0.1:" + port);
                return server.reachable(reasons) ? Optional.of(server) : Optional.empty();
            } catch (IOException | InterruptedException | RuntimeException e) {
                reasons.add("could not start a throwaway cluster: " + e.getMessage());
                return Optional.empty();
            }
        }

        private static void stop(Path bin, Path data, Path dir, boolean root) {
            try {
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"), root);
                try (Stream<Path> paths = Files.walk(dir)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            } catch (IOException | InterruptedException | RuntimeException ignored) {
                // Best effort at exit: a leftover temp directory is harmless.
            }
        }

        private static Optional<Path> findBinaries() {
            Path base = Path.of("/usr/lib/postgresql");
            if (!Files.isDirectory(base)) {
                return Optional.empty();
            }
            try (Stream<Path> versions = Files.list(base)) {
                return versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                        .max(Comparator.comparingInt(b -> versionOf(b.getParent())));
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        private static int versionOf(Path dir) {
            try {
                return Integer.parseInt(dir.getFileName().toString());
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }

        private static void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
            List<String> full = new ArrayList<>();
            if (asPostgres) {
                full.addAll(List.of("runuser", "-u", "postgres", "--"));
            }
            full.addAll(command);
            Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", command).toLowerCase(Locale.ROOT) + " failed: " + output);
            }
        }
    }
}
