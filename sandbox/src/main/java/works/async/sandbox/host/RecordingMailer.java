package works.async.sandbox.host;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.DBParam;
import net.java.ao.Query;
import works.async.core.escalation.Notification;
import works.async.plugin.mail.ComposedMail;
import works.async.plugin.spi.HostUser;

/**
 * The sandbox's mail server: it sends no mail, it records each delivery once (per notification key and addressee,
 * since the job delivers at least once) with the subject and body the products would send, for the addressee's
 * mailbox page ({@link #mailboxOf}), and logs a line, so that people trying the product see what would have been sent.
 * Each
 * record names the process that made it, and a delivery of something already recorded is kept apart as a repeat,
 * so that what several nodes (or a restarted one) delivered can be counted from the database.
 */
public final class RecordingMailer {

    private static final Logger LOG = LoggerFactory.getLogger(RecordingMailer.class);

    /** This process, as {@code pid-N}: the node that delivered, when several sandboxes share a database. */
    public static final String NODE = "pid-" + ProcessHandle.current().pid();

    private final ActiveObjects ao;
    private final Clock clock;

    public RecordingMailer(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    /** Records {@code mail}, the words of {@code notification} to {@code addressee} ({@link SandboxMailer} wrote it). */
    public void deliver(Notification notification, HostUser addressee, ComposedMail mail) {
        String dedupe = notification.key() + "|" + addressee.key();
        if (ao.count(MailEntity.class, "DEDUPE_KEY = ?", dedupe) > 0) {
            repeat(dedupe);
            return;
        }
        try {
            ao.create(MailEntity.class, new DBParam("DEDUPE_KEY", dedupe), new DBParam("ADDRESSEE", addressee.key()),
                    new DBParam("RECIPIENT", notification.recipient()),
                    new DBParam("DUE_AT", notification.dueAt().toEpochMilli()),
                    new DBParam("DELIVERED_AT", clock.millis()), new DBParam("DELIVERED_BY", NODE),
                    new DBParam("SUBJECT", mail.subject()), new DBParam("BODY", mail.htmlBody()));
        } catch (RuntimeException e) {
            if (!duplicate(e)) {
                throw e;
            }
            // Recorded meanwhile by another node: the recipient still has it once.
            repeat(dedupe);
            return;
        }
        LOG.info("Mail to {} ({}): {} [{} due {}]", addressee.username(), addressee.zone(), mail.subject(),
                notification.key(), notification.dueAt());
    }

    private void repeat(String dedupe) {
        ao.create(MailRepeatEntity.class, new DBParam("DEDUPE_KEY", dedupe), new DBParam("DELIVERED_BY", NODE),
                new DBParam("DELIVERED_AT", clock.millis()));
        LOG.info("Mail {} was already delivered; not sent again", dedupe);
    }

    private static boolean duplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /** How many notifications were recorded for the addressee (tests and the host's outbox link). */
    public int countFor(String addresseeKey) {
        return ao.count(MailEntity.class, "ADDRESSEE = ?", addresseeKey);
    }

    /** The addressee's delivered mail, newest first, at most {@code limit}: only theirs, whoever asks. */
    public List<DeliveredMail> mailboxOf(String addresseeKey, int limit) {
        MailEntity[] found = ao.find(MailEntity.class, Query.select().where("ADDRESSEE = ?", addresseeKey)
                .order("DELIVERED_AT DESC, ID DESC").limit(limit));
        return Arrays.stream(found).map(m -> new DeliveredMail(m.getID(), m.getAddressee(),
                Instant.ofEpochMilli(m.getDeliveredAt()), m.getSubject(), m.getBody())).toList();
    }
}
