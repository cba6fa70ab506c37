package works.async.plugin.ao;

import net.java.ao.RawEntity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A recurring report series. */
@Table("REPORT_SERIES")
public interface ReportSeriesEntity extends RawEntity<String> {

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

    @NotNull
    @StringLength(32)
    String getCadence();

    void setCadence(String value);

    /** ISO date in the author's zone (a calendar date, not an instant). */
    @NotNull
    @StringLength(10)
    String getFirstOccurrence();

    void setFirstOccurrence(String value);

    int getOccurrenceIndex();

    void setOccurrenceIndex(int value);

    long getVersion();

    void setVersion(long value);
}
