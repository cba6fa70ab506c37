package works.async.plugin.ao;

import net.java.ao.RawEntity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One ownership confirmation request; indexed by item (panel, current owner), for the escalation scan (next check +
 * id; the old state/due/level index went in model version 7, see {@link ReplyRequestEntity}) and for team insights
 * (container + opening time), and since model version 8 by (state, due time) for the unconfirmed JQL function.
 */
@Table("OWNERSHIP")
@Indexes({
        @Index(name = "own_item", methodNames = {"getItemKey", "getItemKind"}),
        @Index(name = "own_owner", methodNames = {"getOwnerKey", "getState"}),
        // Model version 3: team insights.
        @Index(name = "own_container", methodNames = {"getContainerKey", "getItemKind", "getOpenedAt"}),
        // Model version 4: the escalation pass reads rows whose next check has come, in (moment, id) keyset order.
        @Index(name = "own_next", methodNames = {"getNextCheckAt", "getId"}),
        // Model version 8: Jira's ownershipUnconfirmed() reads the waiting requests (STATE = REQUESTED), by due time.
        @Index(name = "own_waiting", methodNames = {"getState", "getDueAt"})
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

    boolean isReminded();

    void setReminded(boolean value);

    int getEscalationLevel();

    void setEscalationLevel(int value);

    long getVersion();

    void setVersion(long value);
}
