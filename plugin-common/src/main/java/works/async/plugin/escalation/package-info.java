/**
 * The escalation pass: reminders and escalations planned from the ownership, reply and report ports, written page by
 * page with their outbox rows, and the administrators' list of rows it could not plan.
 */
package works.async.plugin.escalation;
