package works.async.sandbox.host;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A Confluence-like page; its id is the page id in URLs and item references. */
@Table("PAGE")
public interface PageEntity extends Entity {

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String key);

    @StringLength(StringLength.UNLIMITED)
    String getTitle();

    void setTitle(String title);

    /** Confluence storage format (XHTML with ac:structured-macro elements). */
    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);

    String getCreator();

    void setCreator(String userKey);
}
