package works.async.plugin.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import works.async.aohost.AoSqlException;
import works.async.aohost.EntityManagerActiveObjects;
import works.async.core.DomainException;
import works.async.core.ErrorCode;

/**
 * On a real database, only a unique-key violation reads as "someone else changed this": the same claim taken twice
 * is a conflict, while a NOT NULL violation in a guarded write goes on as the unexpected error it is.
 */
abstract class VersionGuardContract {

    abstract AoFixture fixture();

    private VersionGuard guard;

    @BeforeEach
    void setUp() {
        fixture().clear();
        guard = new VersionGuard(fixture().ao());
    }

    @Test
    void claimingAStepSomeoneAlreadyClaimedIsAConflict() {
        claim("row-1", 1);

        assertThatThrownBy(() -> claim("row-1", 1)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThat(fixture().ao().count(RevisionEntity.class)).isEqualTo(1);
    }

    @Test
    void aPageWhoseClaimsIncludeATakenStepIsAConflict() {
        claim("row-2", 3);

        assertThatThrownBy(() -> guard.inTransaction(() -> {
            guard.claimAll("T", Map.of("row-1", 1L, "row-2", 3L));
            return null;
        })).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThat(fixture().ao().count(RevisionEntity.class)).isEqualTo(1);
    }

    @Test
    void aNotNullViolationIsNotAConflict() {
        Throwable failure = catchThrowable(() -> guard.inTransaction(() -> {
            insertClaimWithoutKey();
            return null;
        }));

        assertThat(failure).isInstanceOf(AoSqlException.class);
        // The database refused the row, the case this test means: SQL state 23502 on PostgreSQL and HSQLDB; MySQL and
        // MariaDB report every integrity violation as 23000, this one with their error 1048 (column cannot be null).
        SQLException refused = (SQLException) failure.getCause();
        assertThat(refused.getSQLState() + "/" + refused.getErrorCode()).matches("23502/.*|23000/1048");
        assertThat(VersionGuard.isUniqueViolation(failure)).isFalse();
        assertThat(fixture().ao().count(RevisionEntity.class)).isZero();
    }

    /**
     * AO itself refuses a null for a NOT NULL column (on create and on save), so only SQL of our own reaches the
     * database's check; it runs on the guarded transaction's connection, and fails as the facade's own errors do.
     */
    private void insertClaimWithoutKey() {
        EntityManager em = ((EntityManagerActiveObjects) fixture().ao()).entityManager();
        DatabaseProvider provider = em.getProvider();
        String sql = "INSERT INTO " + provider.withSchema(em.getTableNameConverter().getName(RevisionEntity.class))
                + " (" + provider.processID("CLAIM_KEY") + ") VALUES (NULL)";
        try (Statement statement = provider.getConnection().createStatement()) {
            statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new AoSqlException(e);
        }
    }

    private void claim(String id, long expectedVersion) {
        guard.inTransaction(() -> {
            guard.claim("T", id, expectedVersion);
            return null;
        });
    }
}
