package works.async.plugin.ao;

import net.java.ao.RawEntity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One recipient's reply request; indexes serve the panel (by item), "my open requests" (recipient + state),
 * open requests by due time (state + due time + level: Jira's replyOverdue() JQL function), the escalation scan
 * (next check + id) and team insights (container + opening time).
 */
@Table("REPLY_REQUEST")
@Indexes({
        @Index(name = "reply_item", methodNames = {"getItemKey", "getItemKind"}),
        @Index(name = "reply_recipient", methodNames = {"getRecipient", "getState"}),
        @Index(name = "reply_due", methodNames = {"getState", "getDueAt", "getEscalationLevel"}),
        // Model version 3: team insights read a project's or space's requests opened since a date.
        @Index(name = "reply_container", methodNames = {"getContainerKey", "getItemKind", "getOpenedAt"}),
        // Model version 4: the escalation pass reads rows whose next check has come, in (moment, id) keyset order.
        @Index(name = "reply_next", methodNames = {"getNextCheckAt", "getId"})
})
public interface ReplyRequestEntity extends RawEntity<String>, CheckedRow {

    @PrimaryKey("ID")
    @NotNull
    @StringLength(255)
    String getId();

    @NotNull
    @Indexed
    @StringLength(255)
    String getGroupId();

    void setGroupId(String value);

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

    /**
     * Model version 6: the issue or page type the request was opened under, so a recomputation counts in the calendar
     * of that type's policy; null on older rows (their container's policy applies) and for untyped items.
     */
    @StringLength(255)
    String getItemType();

    void setItemType(String value);

    @NotNull
    @StringLength(255)
    String getAsker();

    void setAsker(String value);

    @NotNull
    @StringLength(255)
    String getRecipient();

    void setRecipient(String value);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getQuestion();

    void setQuestion(String value);

    @NotNull
    @StringLength(32)
    String getOriginKind();

    void setOriginKind(String value);

    @StringLength(255)
    String getOriginSource();

    void setOriginSource(String value);

    long getWindowMillis();

    void setWindowMillis(long value);

    long getOpenedAt();

    void setOpenedAt(long value);

    long getOriginalDueAt();

    void setOriginalDueAt(long value);

    Long getRenegotiatedDueAt();

    void setRenegotiatedDueAt(Long value);

    /** The due time in force (renegotiated or original), kept as a column so the scan can use an index. */
    long getDueAt();

    void setDueAt(long value);

    @NotNull
    @StringLength(32)
    String getState();

    void setState(String value);

    Long getClosedAt();

    void setClosedAt(Long value);

    @StringLength(255)
    String getClosedBy();

    void setClosedBy(String value);

    @StringLength(StringLength.UNLIMITED)
    String getCloseReason();

    void setCloseReason(String value);

    @StringLength(255)
    String getAnswerCommentId();

    void setAnswerCommentId(String value);

    boolean isReminded();

    void setReminded(boolean value);

    int getEscalationLevel();

    void setEscalationLevel(int value);

    long getVersion();

    void setVersion(long value);
}
