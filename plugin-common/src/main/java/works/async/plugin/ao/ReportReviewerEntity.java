package works.async.plugin.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One reviewer of a report with their own deadline; indexed for "my reviews" and the escalation scan. */
@Table("REPORT_REVIEWER")
@Indexes({
        @Index(name = "reviewer_user", methodNames = {"getUserKey", "getReportState"}),
        @Index(name = "reviewer_due", methodNames = {"getReportState", "getDueAt", "getEscalationLevel"}),
        // Model version 4: the escalation pass reads rows whose next check has come, in (moment, id) keyset order.
        @Index(name = "reviewer_next", methodNames = {"getNextCheckAt", "getID"})
})
public interface ReportReviewerEntity extends Entity, CheckedRow {

    @NotNull
    @Indexed
    @StringLength(255)
    String getReportId();

    void setReportId(String value);

    int getPosition();

    void setPosition(int value);

    @NotNull
    @StringLength(255)
    String getUserKey();

    void setUserKey(String value);

    @NotNull
    @StringLength(32)
    String getRole();

    void setRole(String value);

    long getDueAt();

    void setDueAt(long value);

    boolean isReminded();

    void setReminded(boolean value);

    int getEscalationLevel();

    void setEscalationLevel(int value);

    /** The report's state copied here, so the reviewer escalation scan needs no join. */
    @NotNull
    @StringLength(32)
    String getReportState();

    void setReportState(String value);
}
