/**
 * The notification mail both products send: what it says ({@link works.async.plugin.mail.NotificationMails}) and what
 * it is about ({@link works.async.plugin.mail.NotifiedRequests}). Addressing it and queueing it stay with each
 * product's {@code Mailer}, over its own mail API.
 */
package works.async.plugin.mail;
