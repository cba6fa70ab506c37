// Mirrors com.opensymphony.workflow.loader.AbstractDescriptor (osworkflow; abstract class, Serializable).
// Source: osworkflow 2.8 sources (OpenSymphony, public copies read via the code search: com/opensymphony/workflow/...),
// and ../shared/ATLASSIAN-API.md (Jira table) which records the same signature in Jira validators/conditions.
// Jira ships its own fork of osworkflow (same packages and signatures as far as public plugins show).
// Certainty: verified (osworkflow 2.8: "public abstract class AbstractDescriptor implements Serializable"), likely for
// Jira 11. No members: the plugin only casts it to ValidatorDescriptor / ConditionDescriptor (the real class has
// getId(), getParent(), writeXML(...) and more).
package com.opensymphony.workflow.loader;

import java.io.Serializable;

/** Base of the workflow XML's element descriptors. */
public abstract class AbstractDescriptor implements Serializable {
}
