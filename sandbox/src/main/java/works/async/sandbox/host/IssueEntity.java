package works.async.sandbox.host;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A Jira-like issue. */
@Table("ISSUE")
public interface IssueEntity extends Entity {

    @NotNull
    @Unique
    String getIssueKey();

    void setIssueKey(String key);

    @NotNull
    @Indexed
    String getProjectKey();

    void setProjectKey(String key);

    String getIssueType();

    void setIssueType(String type);

    String getPriority();

    void setPriority(String priority);

    @StringLength(StringLength.UNLIMITED)
    String getSummary();

    void setSummary(String summary);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    String getAssignee();

    void setAssignee(String userKey);

    String getReporter();

    void setReporter(String userKey);

    boolean isResolved();

    void setResolved(boolean resolved);

    /** When it was resolved, in epoch milliseconds; null while unresolved (and for issues resolved before it existed). */
    Long getResolvedAt();

    void setResolvedAt(Long epochMillis);
}
