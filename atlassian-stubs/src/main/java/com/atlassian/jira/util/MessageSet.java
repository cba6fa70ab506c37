// Mirrors com.atlassian.jira.util.MessageSet (jira-api; @PublicApi interface extending Serializable), only the members
// used: Set<String> getErrorMessages(), void addErrorMessage(String), boolean hasAnyErrors(). Source: a public copy of
// jira-api's MessageSet.java (Jira 6.x); ../shared/ATLASSIAN-API.md MessageSet row. Certainty for Jira 11: likely.
package com.atlassian.jira.util;

import java.io.Serializable;
import java.util.Set;

/** Error (and warning) messages of a validation, shown to the user as they are. */
public interface MessageSet extends Serializable {

    Set<String> getErrorMessages();

    void addErrorMessage(String errorMessage);

    boolean hasAnyErrors();
}
