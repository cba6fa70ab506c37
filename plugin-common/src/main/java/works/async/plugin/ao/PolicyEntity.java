package works.async.plugin.ao;

import net.java.ao.RawEntity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The policy set at one scope, one row per scope keyed by the scope's text form; every value column is nullable
 * because null means "inherit from the less specific scope".
 */
@Table("POLICY")
public interface PolicyEntity extends RawEntity<String> {

    @PrimaryKey("ID")
    @NotNull
    @StringLength(450)
    String getId();

    Boolean getConfirmRequired();

    void setConfirmRequired(Boolean value);

    Long getConfirmWindowMillis();

    void setConfirmWindowMillis(Long value);

    @StringLength(StringLength.UNLIMITED)
    String getCoordinators();

    void setCoordinators(String value);

    Long getReplyWindowMillis();

    void setReplyWindowMillis(Long value);

    @StringLength(450)
    String getReplyWindowsByPriority();

    void setReplyWindowsByPriority(String value);

    Boolean getAutoRequest();

    void setAutoRequest(Boolean value);

    Double getReminderFraction();

    void setReminderFraction(Double value);

    @StringLength(32)
    String getEscalationKind();

    void setEscalationKind(String value);

    @StringLength(255)
    String getEscalationGroup();

    void setEscalationGroup(String value);

    Boolean getOnlyWorkingHours();

    void setOnlyWorkingHours(Boolean value);

    Boolean getDailyDigest();

    void setDailyDigest(Boolean value);

    /** Local time of day, ISO (HH:mm). */
    @StringLength(16)
    String getDigestAt();

    void setDigestAt(String value);

    Long getFeedbackWindowMillis();

    void setFeedbackWindowMillis(Long value);

    @StringLength(StringLength.UNLIMITED)
    String getDefaultReviewers();

    void setDefaultReviewers(String value);

    @StringLength(StringLength.UNLIMITED)
    String getAgreementChannels();

    void setAgreementChannels(String value);

    @StringLength(StringLength.UNLIMITED)
    String getAgreementUrgentPath();

    void setAgreementUrgentPath(String value);

    @StringLength(450)
    String getDefaultPattern();

    void setDefaultPattern(String value);

    @StringLength(StringLength.UNLIMITED)
    String getHolidays();

    void setHolidays(String value);

    long getVersion();

    void setVersion(long value);
}
