package works.async.plugin.ao;

import net.java.ao.RawEntity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One ownership confirmation request; indexed by item (panel, current owner), by state and due time (Jira's
 * ownershipUnconfirmed() JQL function), for the escalation scan (next check + id) and for team insights (container +
 * opening time).
 */
@Table("OWNERSHIP")
@Indexes({
        @Index(name = "own_item", methodNames = {"getItemKey", "getItemKind"}),
        @Index(name = "own_owner", methodNames = {"getOwnerKey", "getState"}),
        @Index(name = "own_due", methodNames = {"getState", "getDueAt", "getEscalationLevel"}),
        // Model version 3: team insights.
        @Index(name = "own_container", methodNames = {"getContainerKey", "getItemKind", "getOpenedAt"}),
        // Model version 4: the escalation pass reads rows whose next check has come, in (moment, id) keyset order.
        @Index(name = "own_next", methodNames = {"getNextCheckAt", "getId"})
})
public interface OwnershipEntity extends RawEntity<String>, CheckedRow {

    @PrimaryKey("ID")
    @NotNull
    @StringLength(255)
    String getId();

    @NotNull
    @StringLength(32)
    String getItemKind();

    void setItemKind(String value);

    @NotNull
    @StringLength(255)
    String getContainerKey();

    void setContainerKey(String value);

    @NotNull
    @StringLength(255)
    String getItemKey();

    void setItemKey(String value);

    @NotNull
    @StringLength(255)
    String getOwnerKey();

    void setOwnerKey(String value);

    @NotNull
    @StringLength(255)
    String getRequestedBy();

    void setRequestedBy(String value);

    long getWindowMillis();

    void setWindowMillis(long value);

    long getOpenedAt();

    void setOpenedAt(long value);

    long getDueAt();

    void setDueAt(long value);

    @NotNull
    @StringLength(32)
    String getState();

    void setState(String value);

    /** ISO date (yyyy-MM-dd): a calendar date, not an instant. */
    @StringLength(10)
    String getCommittedDate();

    void setCommittedDate(String value);

    @StringLength(StringLength.UNLIMITED)
    String getDeclineReason();

    void setDeclineReason(String value);

    @StringLength(255)
    String getActedBy();

    void setActedBy(String value);

    boolean isOnBehalf();

    void setOnBehalf(boolean value);

    Long getActedAt();

    void setActedAt(Long value);

    Long getEndedAt();

    void setEndedAt(Long value);

    /**
     * Why a WITHDRAWN request closed (issue resolved, action item removed, item deleted). Nullable and added after
     * model version 8 by AO's migrate alone (no data to move): rows stored before have none and read as withdrawn.
     */
    @StringLength(64)
    String getCloseReason();

    void setCloseReason(String value);

    boolean isReminded();

    void setReminded(boolean value);

    int getEscalationLevel();

    void setEscalationLevel(int value);

    long getVersion();

    void setVersion(long value);
}
