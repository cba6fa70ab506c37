// Mirrors org.ofbiz.core.entity.GenericValue (Jira's ofbiz fork; a non-final class), only the members used.
// Source: ../shared/ATLASSIAN-API.md B (IssueEvent.getChangeLog() and "Assignee change detection": List<GenericValue>
// getRelated(String) throws GenericEntityException; String getString(String)), from many public Jira listeners.
// Certainty: likely. Not mirrored: the superclass GenericEntity, where getString(String) is really declared (a call
// compiled against this stand-in names GenericValue.getString, which the JVM resolves through the superclass), and
// all other members. Methods throw: Jira supplies the instances, tests mock them.
package org.ofbiz.core.entity;

import java.util.List;

/** A row of Jira's entity engine; the change log of an issue event is one (a change group). */
public class GenericValue {

    public List<GenericValue> getRelated(String relationName) throws GenericEntityException {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getString(String name) {
        throw new UnsupportedOperationException("stand-in");
    }
}
