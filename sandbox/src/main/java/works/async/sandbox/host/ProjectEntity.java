package works.async.sandbox.host;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A Jira-like project. */
@Table("PROJECT")
public interface ProjectEntity extends Entity {

    @NotNull
    @Unique
    String getProjectKey();

    void setProjectKey(String key);

    String getName();

    void setName(String name);

    String getLead();

    void setLead(String userKey);

    /** Project administrators' user keys, comma-separated (a handful at most in a sandbox). */
    String getAdmins();

    void setAdmins(String userKeys);

    /** Members' user keys, comma-separated; null or empty: everyone signed in may browse the project. */
    String getMembers();

    void setMembers(String userKeys);
}
