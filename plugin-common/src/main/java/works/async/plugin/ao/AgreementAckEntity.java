package works.async.plugin.ao;

import net.java.ao.RawEntity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A member's acknowledgement of a container's working agreement (model version 7). The id is a digest of (container
 * kind, container key, user key), so a second acknowledgement by the same person finds the first and keeps its time.
 */
@Table("AGREEMENT_ACK")
@Indexes(@Index(name = "ack_container", methodNames = {"getContainerKey", "getContainerKind"}))
public interface AgreementAckEntity extends RawEntity<String> {

    @PrimaryKey("ID")
    @NotNull
    @StringLength(64)
    String getId();

    @NotNull
    @StringLength(32)
    String getContainerKind();

    void setContainerKind(String value);

    @NotNull
    @StringLength(255)
    String getContainerKey();

    void setContainerKey(String value);

    @NotNull
    @StringLength(255)
    String getUserKey();

    void setUserKey(String value);

    long getAcknowledgedAt();

    void setAcknowledgedAt(long value);
}
