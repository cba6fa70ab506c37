// Mirrors com.opensymphony.workflow.Validator (osworkflow; interface).
// Source: osworkflow 2.8 sources (OpenSymphony, public copies read via the code search: com/opensymphony/workflow/...),
// and ../shared/ATLASSIAN-API.md (Jira table) which records the same signature in Jira validators/conditions.
// Jira ships its own fork of osworkflow (same packages and signatures as far as public plugins show).
// "void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException, WorkflowException" with
// RAW Maps. Certainty: verified (osworkflow), likely for Jira 11's fork.
package com.opensymphony.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import java.util.Map;

/** Checks a transition's input; throwing InvalidInputException refuses the transition. */
public interface Validator {

    void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException, WorkflowException;
}
