package works.async.plugin.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One claim "row X may go from version N to N+1", unique per (row, N): the database's unique index is what
 * lets exactly one of two concurrent writers that read the same version win (see {@link VersionGuard}).
 */
@Table("REVISION")
public interface RevisionEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(450)
    String getClaimKey();

    void setClaimKey(String claimKey);
}
