package works.async.plugin.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** Which failures answer "try again shortly" (503) rather than "something is broken" (500). */
class DatabaseUnavailableTest {

    @Test
    void aConnectionTheServerEndedIsTheDatabaseGoneWhereverItSitsInTheCauses() {
        SQLException terminated = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
        SQLException closed = new SQLException("This connection has been closed.", "08003");

        assertThat(DatabaseUnavailable.is(new IllegalStateException("AO failed", terminated))).isTrue();
        assertThat(DatabaseUnavailable.is(new RuntimeException(new RuntimeException(closed)))).isTrue();
        assertThat(DatabaseUnavailable.is(new java.sql.SQLTransientConnectionException("pool gave up"))).isTrue();
    }

    @Test
    void aBugOrARefusedWriteIsNot() {
        assertThat(DatabaseUnavailable.is(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseUnavailable.is(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseUnavailable.is(new NullPointerException())).isFalse();
    }
}
