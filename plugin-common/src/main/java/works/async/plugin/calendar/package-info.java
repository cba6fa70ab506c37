/**
 * Working calendars of people under the policy in force where an item lives, the "when would this be due?" preview,
 * and the range of a window someone types. Below every feature that counts working time.
 */
package works.async.plugin.calendar;
