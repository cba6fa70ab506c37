package works.async.plugin.ao;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.DBParam;
import works.async.core.policy.PolicyScope.ContainerKind;
import works.async.plugin.agreement.AgreementAcks;

/** Acknowledgements of working agreements in Active Objects, one row per (container, person). */
public final class AoAgreementAcks implements AgreementAcks {

    private final ActiveObjects ao;

    public AoAgreementAcks(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Optional<Instant> acknowledgedAt(ContainerKind kind, String containerKey, String userKey) {
        AgreementAckEntity row = ao.get(AgreementAckEntity.class, id(kind, containerKey, userKey));
        return row == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(row.getAcknowledgedAt()));
    }

    @Override
    public long count(ContainerKind kind, String containerKey) {
        return ao.count(AgreementAckEntity.class, "CONTAINER_KEY = ? AND CONTAINER_KIND = ?", containerKey, kind.name());
    }

    @Override
    public Instant acknowledge(ContainerKind kind, String containerKey, String userKey, Instant at) {
        return ao.executeInTransaction(() -> {
            Optional<Instant> before = acknowledgedAt(kind, containerKey, userKey);
            if (before.isPresent()) {
                return before.get();
            }
            ao.create(AgreementAckEntity.class, new DBParam("ID", id(kind, containerKey, userKey)),
                    new DBParam("CONTAINER_KIND", kind.name()), new DBParam("CONTAINER_KEY", containerKey),
                    new DBParam("USER_KEY", userKey), new DBParam("ACKNOWLEDGED_AT", at.toEpochMilli()));
            return at;
        });
    }

    /** SHA-256 of the three parts, each prefixed by its length so that no two triples share a text. */
    static String id(ContainerKind kind, String containerKey, String userKey) {
        String text = kind.name() + ":" + containerKey.length() + ":" + containerKey + ":" + userKey.length() + ":" + userKey;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
