package works.async.sandbox.host;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A Confluence-like space. */
@Table("SPACE")
public interface SpaceEntity extends Entity {

    @NotNull
    @Unique
    String getSpaceKey();

    void setSpaceKey(String key);

    String getName();

    void setName(String name);

    /** Space administrators' user keys, comma-separated; the first is shown as the space owner. */
    String getAdmins();

    void setAdmins(String userKeys);

    /** Members' user keys, comma-separated; null or empty: everyone signed in may view the space. */
    String getMembers();

    void setMembers(String userKeys);
}
