/**
 * Jira workflow modules: "Ownership confirmed" as a validator (refuses the transition with a reason) and as a
 * condition (hides it), each with its factory for the workflow editor's views.
 */
package works.async.jira.workflow;
