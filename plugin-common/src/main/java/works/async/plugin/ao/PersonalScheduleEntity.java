package works.async.plugin.ao;

import net.java.ao.RawEntity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One person's own working time, one row per user keyed by the host's user key; it is always read whole (to build
 * that person's calendar), so the collections are text columns rather than child tables.
 */
@Table("PERSONAL_SCHEDULE")
public interface PersonalScheduleEntity extends RawEntity<String> {

    @PrimaryKey("ID")
    @NotNull
    @StringLength(255)
    String getId();

    /** Own weekly pattern in {@link PolicyCodec#pattern} form; null means "the policy's default calendar". */
    @StringLength(StringLength.UNLIMITED)
    String getWorkPattern();

    void setWorkPattern(String value);

    /** Personal days off, ISO dates one per line after the list mark. */
    @StringLength(StringLength.UNLIMITED)
    String getHolidays();

    void setHolidays(String value);

    /** Absences, one {@code fromMillis toMillis} (epoch milliseconds, UTC) per line after the list mark. */
    @StringLength(StringLength.UNLIMITED)
    String getTimeOff();

    void setTimeOff(String value);

    long getVersion();

    void setVersion(long value);
}
