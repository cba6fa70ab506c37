package works.async.plugin.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.atlassian.activeobjects.external.ActiveObjects;

import works.async.core.DomainException;
import works.async.core.ErrorCode;

/**
 * The errors of the databases this cannot run against here, as their drivers report them: only a duplicate key is a
 * conflict to reload; every other integrity error goes on unchanged, to be logged and answered as a 500.
 */
class VersionGuardSqlStateTest {

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource({
            "PostgreSQL unique,          23505, 0",
            "HSQLDB unique,              23505, -104",
            "H2 unique,                  23505, 23505",
            "MySQL/MariaDB ER_DUP_ENTRY, 23000, 1062",
            "Oracle ORA-00001,           23000, 1",
            "SQL Server unique key,      23000, 2627",
            "SQL Server unique index,    23000, 2601",
    })
    void aDuplicateKeyIsAConflict(String database, String sqlState, int vendorCode) {
        RuntimeException failure = wrapped(new SQLIntegrityConstraintViolationException(database, sqlState, vendorCode));

        assertThat(VersionGuard.isUniqueViolation(failure)).isTrue();
        assertThatThrownBy(() -> guardFailingWith(failure).inTransaction(() -> null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource({
            "PostgreSQL NOT NULL,        23502, 0",
            "PostgreSQL foreign key,     23503, 0",
            "HSQLDB NOT NULL,            23502, -10",
            "MySQL/MariaDB NOT NULL,     23000, 1048",
            "MySQL/MariaDB foreign key,  23000, 1452",
            "Oracle NOT NULL ORA-01400,  23000, 1400",
            "Oracle foreign key,         23000, 2291",
            "SQL Server NOT NULL,        23000, 515",
            "SQL Server foreign key,     23000, 547",
    })
    void anyOtherIntegrityErrorIsNotAConflict(String database, String sqlState, int vendorCode) {
        RuntimeException failure = wrapped(new SQLIntegrityConstraintViolationException(database, sqlState, vendorCode));

        assertThat(VersionGuard.isUniqueViolation(failure)).isFalse();
        assertThatThrownBy(() -> guardFailingWith(failure).inTransaction(() -> null)).isSameAs(failure);
    }

    @ParameterizedTest(name = "batch whose statement failed with {0} / {1}")
    @CsvSource({"23505, 0, true", "23000, 1062, true", "23502, 0, false", "23000, 1048, false"})
    void aFailedBatchIsJudgedByItsStatementsError(String sqlState, int vendorCode, boolean conflict) {
        // Some drivers leave the batch's own state empty and chain the statement's error as its next exception.
        BatchUpdateException batch = new BatchUpdateException("batch failed", null, 0, new int[0], null);
        batch.setNextException(new SQLException("row 2", sqlState, vendorCode));

        assertThat(VersionGuard.isUniqueViolation(wrapped(batch))).isEqualTo(conflict);
    }

    /** As the facade surfaces a driver's error: wrapped, sometimes twice. */
    private static RuntimeException wrapped(SQLException e) {
        return new IllegalStateException("outer", new RuntimeException(e.getMessage(), e));
    }

    private static VersionGuard guardFailingWith(RuntimeException failure) {
        ActiveObjects ao = mock(ActiveObjects.class);
        when(ao.executeInTransaction(any())).thenThrow(failure);
        return new VersionGuard(ao);
    }
}
