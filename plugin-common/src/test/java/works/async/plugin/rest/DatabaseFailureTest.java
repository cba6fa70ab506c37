package works.async.plugin.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static works.async.plugin.rest.RestHarness.json;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.atlassian.activeobjects.external.ActiveObjects;

import works.async.aohost.AoSqlException;
import works.async.plugin.ao.RevisionEntity;

/**
 * What a person sees when the database refuses a write: a duplicate key on the version claim means someone else
 * changed it first (409, reload), while any other integrity error is a fault, logged with its details for the
 * administrator and answered as a generic 500 that names no class, column or SQL state.
 */
class DatabaseFailureTest {

    private static final String ASK = "issues/DEMO-1/reply-requests";
    private static final String QUESTION = json("{'recipient':'bob','question':'When?'}");

    /** The error the next version claim fails with, as the host's facade surfaces a driver's error. */
    private final AtomicReference<SQLException> nextClaimFails = new AtomicReference<>();
    private final RestHarness rest = new RestHarness(this::failingClaims);
    private final Logger log = Logger.getLogger(UnexpectedExceptionMapper.class.getName());
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        log.addHandler(capture);
        log.setUseParentHandlers(false);
    }

    @AfterEach
    void restoreLog() {
        log.removeHandler(capture);
        log.setUseParentHandlers(true);
    }

    @Test
    void aDuplicateClaimIsAConflictToReload() {
        nextClaimFails.set(new SQLException("duplicate key value violates unique constraint", "23505"));

        RestHarness.Reply refused = rest.post("carol", ASK, QUESTION);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.raw()).isEqualTo(
                "{\"error\":\"conflict\",\"message\":\"Someone changed this in the meantime. Reload and try again.\",\"field\":null}");
        assertThat(logged).isEmpty();
    }

    @Test
    void aMariaDbDuplicateKeyIsAConflictToo() {
        nextClaimFails.set(new SQLException("Duplicate entry for key 'U_AO_REVISION_CLAIM_KEY'", "23000", 1062));

        assertThat(rest.post("carol", ASK, QUESTION).status()).isEqualTo(409);
    }

    @Test
    void aNotNullViolationIsAGeneric500WithTheDetailsOnlyInTheLog() {
        SQLException notNull = new SQLException("null value in column \"CLAIM_KEY\" violates not-null constraint", "23502");
        nextClaimFails.set(notNull);

        RestHarness.Reply failed = rest.post("carol", ASK, QUESTION);

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.raw()).isEqualTo("{\"error\":\"internal_error\",\"message\":\"Something went wrong on the server."
                + " Try again; if it keeps happening, tell your administrator.\",\"field\":null}");
        assertThat(logged).singleElement().satisfies(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(r.getThrown()).hasRootCause(notNull);
        });
        // Nothing was half-written: asking again, once the database accepts it, works.
        assertThat(rest.post("carol", ASK, QUESTION).status()).isEqualTo(201);
        assertThat(rest.get("bob", "reply-requests?recipient=me&state=open").body()).hasSize(1);
    }

    @Test
    void aMariaDbNotNullViolationIsA500() {
        nextClaimFails.set(new SQLException("Column 'CLAIM_KEY' cannot be null", "23000", 1048));

        RestHarness.Reply failed = rest.post("carol", ASK, QUESTION);

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.raw()).doesNotContain("CLAIM_KEY", "23000", "1048", "SQL", "Exception", "works.async");
    }

    private ActiveObjects failingClaims(ActiveObjects real) {
        return (ActiveObjects) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ActiveObjects.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("create") && args[0] == RevisionEntity.class) {
                        SQLException failure = nextClaimFails.getAndSet(null);
                        if (failure != null) {
                            throw new AoSqlException(failure);
                        }
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
