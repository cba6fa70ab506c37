// Mirrors com.opensymphony.workflow.loader.ValidatorDescriptor (osworkflow; class extends AbstractDescriptor).
// Source: osworkflow 2.8 sources (OpenSymphony, public copies read via the code search: com/opensymphony/workflow/...),
// and ../shared/ATLASSIAN-API.md (Jira table) which records the same signature in Jira validators/conditions.
// Jira ships its own fork of osworkflow (same packages and signatures as far as public plugins show).
// "public Map getArgs()" (RAW Map of the <arg name="...">value</arg> children). The osworkflow 2.8 constructors are
// package-private and deprecated (DescriptorFactory creates descriptors), mirrored as such.
// Certainty: verified (osworkflow 2.8 source), likely for Jira 11.
package com.opensymphony.workflow.loader;

import java.util.Map;

/** A validator element of a workflow, with its args. */
public class ValidatorDescriptor extends AbstractDescriptor {

    ValidatorDescriptor() {
    }

    public Map getArgs() {
        throw new UnsupportedOperationException("stand-in");
    }
}
