package works.async.plugin.ao;

import net.java.ao.RawEntity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A meeting-replacement report; reviewers and feedback are child rows. CLOSES_AT is denormalised for the closing scan. */
@Table("REPORT")
@Indexes({
        @Index(name = "report_item", methodNames = {"getItemKey", "getItemKind"}),
        @Index(name = "report_closing", methodNames = {"getState", "getClosesAt"}),
        // Model version 3: team insights.
        @Index(name = "report_container", methodNames = {"getContainerKey", "getItemKind", "getPublishedAt"})
})
public interface ReportEntity extends RawEntity<String> {

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
    String getTitle();

    void setTitle(String value);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String value);

    @NotNull
    @StringLength(255)
    String getMeetingName();

    void setMeetingName(String value);

    int getMeetingMinutes();

    void setMeetingMinutes(int value);

    int getMeetingAttendees();

    void setMeetingAttendees(int value);

    @NotNull
    @StringLength(255)
    String getAuthor();

    void setAuthor(String value);

    long getWindowMillis();

    void setWindowMillis(long value);

    long getPublishedAt();

    void setPublishedAt(long value);

    @NotNull
    @StringLength(32)
    String getState();

    void setState(String value);

    Long getClosedAt();

    void setClosedAt(Long value);

    @StringLength(64)
    String getCloseReason();

    void setCloseReason(String value);

    long getClosesAt();

    void setClosesAt(long value);

    long getVersion();

    void setVersion(long value);
}
