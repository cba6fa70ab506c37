package works.async.core.report;

import java.time.LocalDate;

/** How often a recurring report is due. */
public enum Cadence {
    WEEKLY, BIWEEKLY, MONTHLY;

    /**
     * The n-th occurrence (0 = first) counted from the first date, not from the previous one,
     * so a monthly series started on the 31st comes back to the 31st after a short month.
     */
    public LocalDate occurrence(LocalDate first, int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index >= 0");
        }
        return switch (this) {
            case WEEKLY -> first.plusWeeks(index);
            case BIWEEKLY -> first.plusWeeks(2L * index);
            case MONTHLY -> first.plusMonths(index);
        };
    }
}
