/**
 * Team-level figures of a project or space: agreements kept, answer times, overdue work and meeting hours replaced,
 * computed from core records alone and naming nobody.
 */
package works.async.core.insight;
