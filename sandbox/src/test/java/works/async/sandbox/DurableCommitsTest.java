package works.async.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import works.async.aohost.AoDatabase;

/**
 * A 201 from the sandbox's default database means the write is on disk: HSQLDB's write delay (by default commits
 * reach the disk up to 500 ms after they return) is off, in a database the sandbox creates and in one an older
 * sandbox made with the delay. The setting is read from the running database itself.
 */
@DisplayName("The default database (HSQLDB file) writes each commit to disk before the sandbox answers")
class DurableCommitsTest {

    @TempDir
    Path data;

    @Test
    void aDatabaseTheSandboxCreatesHasNoWriteDelay() throws SQLException {
        try (RunningSandbox sandbox = SandboxMain.start("--port", "0", "--data", data.toString())) {
            assertThat(writeDelay()).isEqualTo("write_delay=false, write_delay_millis=0");
        }
        assertThat(script()).contains("SET FILES WRITE DELAY 0").doesNotContain("WRITE DELAY 500");
    }

    @Test
    void aDatabaseAnOlderSandboxMadeWithTheDelayLosesItAndKeepsItsData() throws SQLException {
        String id;
        try (RunningSandbox older = SandboxMain.start("--port", "0", "--data", data.toString())) {
            id = new SandboxClient(older).postJson("bob", SandboxClient.REST + "/issues/DEMO-2/reply-requests",
                    SandboxClient.json(Map.of("recipient", "carol", "question", "Made before the upgrade?")))
                    .json().get("id").asText();
        }
        // What the sandbox's database files held before: HSQLDB's default, written by its own shutdown.
        try (Connection c = DriverManager.getConnection(olderUrl(), "SA", ""); Statement s = c.createStatement()) {
            s.execute("SET FILES WRITE DELAY 500 MILLIS");
            s.execute("SHUTDOWN");
        }
        assertThat(script()).contains("SET FILES WRITE DELAY 500 MILLIS");

        try (RunningSandbox upgraded = SandboxMain.start("--port", "0", "--data", data.toString())) {
            assertThat(writeDelay()).isEqualTo("write_delay=false, write_delay_millis=0");
            assertThat(new SandboxClient(upgraded).get("carol", SandboxClient.REST + "/reply-requests/" + id).json()
                    .get("question").asText()).isEqualTo("Made before the upgrade?");
        }
        assertThat(script()).contains("SET FILES WRITE DELAY 0").doesNotContain("WRITE DELAY 500");
    }

    /** The running database's own setting; in this JVM the URL reaches the sandbox's open database. */
    private String writeDelay() throws SQLException {
        try (Connection c = DriverManager.getConnection(AoDatabase.hsqldbFile(data).url(), "SA", "");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT PROPERTY_NAME, PROPERTY_VALUE FROM INFORMATION_SCHEMA.SYSTEM_PROPERTIES"
                     + " WHERE PROPERTY_NAME IN ('hsqldb.write_delay', 'hsqldb.write_delay_millis') ORDER BY PROPERTY_NAME")) {
            StringBuilder settings = new StringBuilder();
            while (r.next()) {
                settings.append(settings.isEmpty() ? "" : ", ").append(r.getString(1).substring("hsqldb.".length()))
                        .append('=').append(r.getString(2));
            }
            return settings.toString();
        }
    }

    /** The URL the sandbox used before write delay was turned off. */
    private String olderUrl() {
        return "jdbc:hsqldb:file:" + data.resolve("async-work").toAbsolutePath() + ";shutdown=true;hsqldb.tx=mvcc";
    }

    private String script() {
        try {
            return Files.readString(data.resolve("async-work.script"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
