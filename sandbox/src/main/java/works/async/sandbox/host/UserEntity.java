package works.async.sandbox.host;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A sandbox user (the host's own table, namespace works.async.sandbox). */
@Table("USER")
public interface UserEntity extends Entity {

    @NotNull
    @Unique
    String getUserKey();

    void setUserKey(String key);

    /** Lower-cased, since host user names are case-insensitive. */
    @NotNull
    @Unique
    @Indexed
    String getUsername();

    void setUsername(String username);

    String getDisplayName();

    void setDisplayName(String displayName);

    @NotNull
    String getZone();

    void setZone(String zone);

    boolean isAdmin();

    void setAdmin(boolean admin);

    @NotNull
    String getPasswordHash();

    void setPasswordHash(String hash);
}
