// Mirrors com.opensymphony.workflow.WorkflowException (osworkflow; a CHECKED exception: extends Exception).
// Source: osworkflow 2.8 sources (OpenSymphony, public copies read via the code search: com/opensymphony/workflow/...),
// and ../shared/ATLASSIAN-API.md (Jira table) which records the same signature in Jira validators/conditions.
// Jira ships its own fork of osworkflow (same packages and signatures as far as public plugins show).
// Certainty: verified for osworkflow 2.8 (source); likely for Jira 11's fork. Only the constructors used here; the
// real class also has (), (Throwable) and (String, Throwable) forms and getRootCause().
package com.opensymphony.workflow;

/** Any failure of a workflow operation; checked. */
public class WorkflowException extends Exception {

    public WorkflowException(String message) {
        super(message);
    }
}
