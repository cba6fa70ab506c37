// Mirrors org.ofbiz.core.entity.GenericEntityException (Jira's ofbiz fork, entityengine; a CHECKED exception).
// Source: ../shared/ATLASSIAN-API.md B ("getRelated(String) throws checked GenericEntityException"), from many public
// Jira listeners' source. Certainty: likely (checked; the String constructor). Not mirrored: the real superclass
// org.ofbiz.core.util.GeneralException (extends Exception) and the other constructors; the plugin only catches it,
// tests construct it with a message. Real (trivial) behaviour.
package org.ofbiz.core.entity;

/** An entity engine failure, such as a failed read of a change group's items. */
public class GenericEntityException extends Exception {

    public GenericEntityException(String message) {
        super(message);
    }
}
