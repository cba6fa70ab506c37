// Mirrors com.opensymphony.workflow.Condition (osworkflow; interface).
// Source: osworkflow 2.8 sources (OpenSymphony, public copies read via the code search: com/opensymphony/workflow/...),
// and ../shared/ATLASSIAN-API.md (Jira table) which records the same signature in Jira validators/conditions.
// Jira ships its own fork of osworkflow (same packages and signatures as far as public plugins show).
// "boolean passesCondition(Map transientVars, Map args, PropertySet ps) throws WorkflowException" with RAW Maps;
// also read in a public copy of Jira's WorkflowConditionModuleDescriptor sources (imports this type).
// Certainty: verified (osworkflow), likely for Jira 11's fork. Not com.atlassian.plugin.web.Condition (web fragments).
package com.opensymphony.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import java.util.Map;

/** Decides whether a transition is offered; false hides it. */
public interface Condition {

    boolean passesCondition(Map transientVars, Map args, PropertySet ps) throws WorkflowException;
}
