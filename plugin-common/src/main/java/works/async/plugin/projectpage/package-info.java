/**
 * A Jira project's own page: the reports published on it and a new report's draft from the project's recent work (its
 * working agreement is acknowledged through {@code agreement}).
 */
package works.async.plugin.projectpage;
