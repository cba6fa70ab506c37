package works.async.sandbox.host;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.DBParam;
import works.async.core.escalation.Notification;
import works.async.plugin.spi.HostUser;
import works.async.plugin.spi.Mailer;

/**
 * The sandbox sends no mail: it records each delivery once (per notification key and addressee, since the job
 * delivers at least once) and logs a line, so that people trying the product see what would have been sent.
 */
public final class RecordingMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(RecordingMailer.class);

    private final ActiveObjects ao;
    private final Clock clock;

    public RecordingMailer(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    @Override
    public void deliver(Notification notification, HostUser addressee) {
        String dedupe = notification.key() + "|" + addressee.key();
        if (ao.count(MailEntity.class, "DEDUPE_KEY = ?", dedupe) > 0) {
            return;
        }
        ao.create(MailEntity.class, new DBParam("DEDUPE_KEY", dedupe), new DBParam("ADDRESSEE", addressee.key()),
                new DBParam("RECIPIENT", notification.recipient()),
                new DBParam("DUE_AT", notification.dueAt().toEpochMilli()),
                new DBParam("DELIVERED_AT", clock.millis()));
        LOG.info("Mail to {} ({}): {} due {}", addressee.username(), addressee.zone(), notification.key(), notification.dueAt());
    }

    /** How many notifications were recorded for the addressee (tests and the host's outbox link). */
    public int countFor(String addresseeKey) {
        return ao.count(MailEntity.class, "ADDRESSEE = ?", addresseeKey);
    }
}
