/**
 * The outbox of notifications: its store port, the delivery back-off, the failure text shown to administrators, and
 * the administrators' view with retry.
 */
package works.async.plugin.outbox;
