package works.async.plugin.spi;

import works.async.core.escalation.Notification;

/**
 * Host port that sends one reminder or escalation to one person; the escalation job calls it only once the
 * notification's delivery time (inside the addressee's working hours) has come. Called at least once per
 * notification: implementations dedupe by {@code notification.key()} and addressee.
 *
 * <p>Failure contract, per call:
 * <ul>
 *   <li><b>Returning</b> means the host accepted the notification (queued or sent it): it is marked delivered and
 *       never offered again.</li>
 *   <li><b>Throwing a {@link RuntimeException}</b> means it was not delivered: the failure is recorded on that one
 *       outbox row, the row is offered again after a back-off (1, 2, 4 ... minutes, at most an hour) and parked for
 *       an administrator after a bounded number of attempts, while every other notification is still delivered.
 *       The exception's message is shown to administrators (cut short, on one line, without class names or stack
 *       traces), so it should say what the mail system said, e.g. "550 Recipient address rejected", and never
 *       contain a password or other secret.</li>
 *   <li>An {@link Error} is not a refusal: it ends the pass, and the row is offered again by the next one.</li>
 * </ul>
 * Implementations should not swallow a refusal to "protect" the job: a swallowed refusal is recorded as delivered.
 */
public interface Mailer {

    void deliver(Notification notification, HostUser addressee);
}
