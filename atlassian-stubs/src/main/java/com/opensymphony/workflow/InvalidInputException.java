// Mirrors com.opensymphony.workflow.InvalidInputException (osworkflow; extends WorkflowException, so CHECKED).
// Source: osworkflow 2.8 sources (OpenSymphony, public copies read via the code search: com/opensymphony/workflow/...),
// and ../shared/ATLASSIAN-API.md (Jira table) which records the same signature in Jira validators/conditions.
// Jira ships its own fork of osworkflow (same packages and signatures as far as public plugins show).
// Certainty: verified for osworkflow 2.8 (source: "public InvalidInputException(String error) { super(error);
// addError(error); }"); likely for Jira 11's fork, where a validator's message reaches the transition screen.
// Only the constructor used (the message; the real one also records it as a generic error); the (), (Object),
// (String, String) constructors, getErrors(), getGenericErrors() and addError(...) are left out.
package com.opensymphony.workflow;

/** A validator's refusal: the transition does not happen and the message is shown to the user. */
public class InvalidInputException extends WorkflowException {

    public InvalidInputException(String error) {
        super(error);
    }
}
