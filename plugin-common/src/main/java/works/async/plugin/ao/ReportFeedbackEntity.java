package works.async.plugin.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One piece of feedback on a report, text exactly as written. */
@Table("REPORT_FEEDBACK")
public interface ReportFeedbackEntity extends Entity {

    @NotNull
    @Indexed
    @StringLength(255)
    String getReportId();

    void setReportId(String value);

    int getPosition();

    void setPosition(int value);

    @NotNull
    @StringLength(255)
    String getFeedbackId();

    void setFeedbackId(String value);

    @NotNull
    @StringLength(255)
    String getReviewer();

    void setReviewer(String value);

    @NotNull
    @StringLength(32)
    String getKind();

    void setKind(String value);

    @StringLength(StringLength.UNLIMITED)
    String getText();

    void setText(String value);

    long getGivenAt();

    void setGivenAt(long value);

    boolean isAnswered();

    void setAnswered(boolean value);
}
