package works.async.sandbox.host;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A comment on a Confluence-like page. */
@Table("PAGE_COMMENT")
public interface PageCommentEntity extends Entity {

    @Indexed
    int getPageId();

    void setPageId(int pageId);

    @NotNull
    String getAuthor();

    void setAuthor(String userKey);

    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);

    long getCreatedAt();

    void setCreatedAt(long epochMillis);
}
