package works.async.sandbox.host;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One-off facts about the database, such as "demo data seeded", so that restarts never repeat them. */
@Table("MARKER")
public interface MarkerEntity extends Entity {

    @NotNull
    @Unique
    String getName();

    void setName(String name);
}
