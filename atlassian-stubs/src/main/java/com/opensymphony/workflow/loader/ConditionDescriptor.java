// Mirrors com.opensymphony.workflow.loader.ConditionDescriptor (osworkflow; class extends AbstractDescriptor).
// Source: osworkflow 2.8 sources (OpenSymphony, public copies read via the code search: com/opensymphony/workflow/...),
// and ../shared/ATLASSIAN-API.md (Jira table) which records the same signature in Jira validators/conditions.
// Jira ships its own fork of osworkflow (same packages and signatures as far as public plugins show).
// "public Map getArgs()" (RAW Map), as ValidatorDescriptor; public Jira plugins cast the factory's AbstractDescriptor
// to it and call getArgs(), and Jira's AbstractWorkflowPluginFactory javadoc names ConditionDescriptor#getArgs().
// Constructors package-private as osworkflow 2.8's (DescriptorFactory creates descriptors).
// Certainty: likely (the ValidatorDescriptor twin read in source; this class's getArgs() seen in use and javadoc).
package com.opensymphony.workflow.loader;

import java.util.Map;

/** A condition element of a workflow, with its args. */
public class ConditionDescriptor extends AbstractDescriptor {

    ConditionDescriptor() {
    }

    public Map getArgs() {
        throw new UnsupportedOperationException("stand-in");
    }
}
