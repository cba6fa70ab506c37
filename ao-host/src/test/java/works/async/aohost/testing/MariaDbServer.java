package works.async.aohost.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds a MariaDB (or MySQL) server for tests, once per JVM: the one named by {@code ASYNC_WORK_MARIADB_URL}
 * ({@code host:port}, with {@code ASYNC_WORK_MARIADB_USER} / {@code ASYNC_WORK_MARIADB_PASSWORD}), else the
 * machine's server on 127.0.0.1:3306 as root without a password. Each test class then gets a database of its own.
 */
public final class MariaDbServer {

    private static Optional<MariaDbServer> instance;
    private static String unavailableReason = "";

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String description;

    private MariaDbServer(String host, int port, String user, String password, String description) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.description = description;
    }

    /** The shared server, or empty (with {@link #unavailableReason()}) when this machine has none. */
    public static synchronized Optional<MariaDbServer> get() {
        if (instance == null) {
            instance = locate();
            instance.ifPresent(server -> System.out.println("MariaDB tests run on the " + server.description()));
        }
        return instance;
    }

    /** Why no server could be reached; empty when one was. */
    public static synchronized String unavailableReason() {
        return unavailableReason;
    }

    public String description() {
        return description;
    }

    /**
     * Creates a fresh, uniquely named database; closing the handle drops it. Its collation is {@code utf8mb4_bin},
     * the one Jira and Confluence require on MySQL and MariaDB: the server's default ({@code utf8mb4_general_ci})
     * would compare keys and user names case-insensitively.
     */
    public MariaDbDatabase createDatabase() {
        return createDatabase("utf8mb4_bin");
    }

    /** A fresh database of the given utf8mb4 collation, e.g. the servers' default {@code utf8mb4_general_ci}. */
    public MariaDbDatabase createDatabase(String collation) {
        if (!collation.matches("utf8mb4_[a-z0-9_]+")) {
            throw new IllegalArgumentException("not a utf8mb4 collation: " + collation);
        }
        String name = "aw_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE " + collation);
        return new MariaDbDatabase(jdbcUrl(name), user, password, () -> execute("DROP DATABASE IF EXISTS " + name));
    }

    private String jdbcUrl(String database) {
        return "jdbc:mariadb://" + host + ":" + port + "/" + database;
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(""), user, password);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB at " + description + " refused: " + sql, e);
        }
    }

    private static Optional<MariaDbServer> locate() {
        String configured = setting("ASYNC_WORK_MARIADB_URL");
        MariaDbServer server;
        if (configured != null) {
            String[] hostPort = configured.split(":");
            server = new MariaDbServer(hostPort[0], Integer.parseInt(hostPort[1]),
                    orDefault(setting("ASYNC_WORK_MARIADB_USER"), "root"), orDefault(setting("ASYNC_WORK_MARIADB_PASSWORD"), ""),
                    "configured server " + configured);
        } else {
            server = new MariaDbServer("127.0.0.1", 3306, "root", "", "local server 127.0.0.1:3306 as root");
        }
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(""), server.user, server.password)) {
            if (c.isValid(2)) {
                return Optional.of(server);
            }
            unavailableReason = server.description + ": connection not valid";
        } catch (SQLException e) {
            unavailableReason = server.description + ": " + e.getMessage();
        }
        return Optional.empty();
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        return value != null ? value : System.getenv(name);
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
