package works.async.plugin.ao;

import java.util.Objects;

import works.async.plugin.followup.Followup;

/**
 * Reads and writes a {@link Followup} on the columns every {@link CheckedRow} declares. Kept apart from the record so
 * that the escalation pass and the store ports exchange followups without knowing how AO stores them.
 */
final class CheckedRows {

    private CheckedRows() {
    }

    /** The followup the pass stored on a row. */
    static Followup read(CheckedRow row) {
        Integer retries = row.getProblemRetries();
        int n = retries == null ? 0 : retries;
        return new Followup(Columns.instant(row.getNextCheckAt()), n == 0 ? null : row.getProblem(), n);
    }

    /**
     * Sets the followup on the row, only the columns whose value differs (AO marks every set column dirty, and an
     * unchanged indexed column then costs no index work); the caller saves the row.
     */
    static void write(Followup followup, CheckedRow row) {
        Long nextCheck = Columns.millis(followup.nextCheckAt());
        if (!Objects.equals(row.getNextCheckAt(), nextCheck)) {
            row.setNextCheckAt(nextCheck);
        }
        if (!Objects.equals(row.getProblem(), followup.problem())) {
            row.setProblem(followup.problem());
        }
        Integer storedRetries = followup.retries() == 0 ? null : followup.retries();
        if (!Objects.equals(row.getProblemRetries(), storedRetries)) {
            row.setProblemRetries(storedRetries);
        }
    }
}
