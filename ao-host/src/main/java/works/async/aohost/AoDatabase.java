package works.async.aohost;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

/**
 * A JDBC database to run Active Objects against (HSQLDB file or memory, PostgreSQL, or MariaDB/MySQL), and the
 * AO {@link EntityManager} for one plugin namespace on it, named the way the Atlassian hosts name
 * tables, columns and indexes.
 *
 * @param url      JDBC URL
 * @param user     database user
 * @param password database password
 */
public record AoDatabase(String url, String user, String password) {

    public AoDatabase {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        url = forMariaDbDriver(url);
    }

    /**
     * A MariaDB or MySQL URL as the MariaDB driver and AO's MySQL provider need it; others unchanged.
     * <ul>
     * <li>{@code jdbc:mysql:} becomes {@code jdbc:mariadb:}. AO picks its MySQL provider for either prefix, but for
     * {@code jdbc:mysql:} insists on loading Connector/J's {@code com.mysql.jdbc.Driver}, which is not on the class
     * path; the MariaDB driver we ship speaks the same protocol to MySQL and MariaDB servers alike.</li>
     * <li>{@code nullDatabaseMeansCurrent=true} is added unless given: AO reads the schema with
     * {@code DatabaseMetaData.getTables(null, null, ...)}, which this driver otherwise answers with every database on
     * the server (the {@code mysql} system tables included), and migration then fails on tables that are not ours.</li>
     * </ul>
     */
    static String forMariaDbDriver(String url) {
        if (url.startsWith("jdbc:mysql:")) {
            url = "jdbc:mariadb:" + url.substring("jdbc:mysql:".length());
        }
        if (!url.startsWith("jdbc:mariadb:") || url.contains("nullDatabaseMeansCurrent=")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "nullDatabaseMeansCurrent=true";
    }

    /** Whether this is a MariaDB or MySQL database (AO's MySQL provider). */
    public boolean isMySql() {
        return url.startsWith("jdbc:mariadb:");
    }

    /** A private in-memory HSQLDB database, gone when the JVM ends. */
    public static AoDatabase hsqldbInMemory(String name) {
        return new AoDatabase("jdbc:hsqldb:mem:" + name, "SA", "");
    }

    /**
     * An HSQLDB file database in {@code directory}, kept across restarts, whose every commit is on disk before the
     * commit returns. HSQLDB's own default (and what every database file made before this setting holds) is
     * {@code SET FILES WRITE DELAY 500 MILLIS}: commits are acknowledged first and written up to half a second
     * later, so a killed sandbox lost creates it had answered 201 for. {@code hsqldb.write_delay=false} covers a
     * database this URL creates; HSQLDB ignores it for an existing one, so {@link #entityManager} also sets it on
     * every open (see {@link #commitsToDisk}).
     */
    public static AoDatabase hsqldbFile(java.nio.file.Path directory) {
        return new AoDatabase("jdbc:hsqldb:file:" + directory.resolve("async-work").toAbsolutePath()
                + ";shutdown=true;hsqldb.tx=mvcc;hsqldb.write_delay=false", "SA", "");
    }

    /** An entity manager whose tables are {@code AO_xxxxxx_NAME} for the given namespace. */
    public EntityManager entityManager(String namespace) {
        var builder = EntityManagerBuilder.url(url).username(user).password(password);
        // Pooled (c3p0), as Jira and Confluence hand AO pooled connections: without a pool every
        // statement outside a transaction opens a new connection, and a file database opened with
        // shutdown=true would close and reopen between statements. In-memory HSQLDB (tests only)
        // stays unpooled: a connection costs nothing there, and a pooled one closed by an
        // interrupted test thread was handed to the next test.
        // The pool must not mark JDBC 4.3 request boundaries (c3p0.properties in this module sets
        // c3p0.markSessionBoundaries=never): c3p0 0.10 calls endRequest() on a connection only after it
        // has put it back in the pool, and HSQLDB's endRequest() resets the session. Under concurrency
        // the connection has by then gone to another thread, whose statement fails with "connection
        // exception: closed" (the sandbox's 500s) or whose open transaction is rolled back before it
        // commits (creates answered 201 and then missing).
        EntityManager entityManager = (url.startsWith("jdbc:hsqldb:mem:") ? builder.none() : builder.c3po())
                .tableNameConverter(new AtlassianTableNameConverter(AtlassianNaming.asTablePrefix(namespace)))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
        if (url.startsWith("jdbc:hsqldb:file:")) {
            try {
                commitsToDisk(entityManager);
            } catch (RuntimeException e) {
                entityManager.getProvider().dispose();
                throw e;
            }
        }
        return entityManager;
    }

    /**
     * Makes every commit reach the disk before it returns, also in a database file created with HSQLDB's default
     * write delay (which the URL's {@code hsqldb.write_delay=false} does not change once the file exists). The
     * setting is the database's, so it holds for every connection and is written to the file for the next open.
     */
    private static void commitsToDisk(EntityManager entityManager) {
        try (Connection connection = entityManager.getProvider().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SET FILES WRITE DELAY FALSE");
        } catch (SQLException e) {
            throw new AoSqlException(e);
        }
    }
}
