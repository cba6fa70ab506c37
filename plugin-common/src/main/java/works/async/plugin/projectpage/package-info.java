/**
 * A Jira project's own page: the reports published on it, a new report's draft from the project's recent work, and
 * the project's working agreement.
 */
package works.async.plugin.projectpage;
