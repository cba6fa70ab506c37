/**
 * "My schedule": each person's own working hours, holidays and time off.
 */
package works.async.plugin.schedule;
