package works.async.aohost;

import java.sql.SQLException;

/** A database error surfaced by the facade, unchecked as the host's Active Objects does it. */
public final class AoSqlException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AoSqlException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    /** The SQL state of the underlying error, e.g. {@code 23505} for a unique violation on PostgreSQL. */
    public String sqlState() {
        return ((SQLException) getCause()).getSQLState();
    }
}
