package works.async.plugin.spi;

import works.async.core.escalation.Notification;

/**
 * Host port that sends one reminder or escalation to one person; the escalation job calls it only once the
 * notification's delivery time (inside the addressee's working hours) has come. Called at least once per
 * notification: implementations dedupe by {@code notification.key()} and addressee.
 */
public interface Mailer {

    void deliver(Notification notification, HostUser addressee);
}
