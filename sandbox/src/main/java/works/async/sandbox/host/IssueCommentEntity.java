package works.async.sandbox.host;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A comment on a Jira-like issue. */
@Table("ISSUE_COMMENT")
public interface IssueCommentEntity extends Entity {

    @NotNull
    @Indexed
    String getIssueKey();

    void setIssueKey(String key);

    @NotNull
    String getAuthor();

    void setAuthor(String userKey);

    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);

    long getCreatedAt();

    void setCreatedAt(long epochMillis);
}
