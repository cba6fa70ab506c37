// Mirrors com.atlassian.jira.util.MessageSetImpl (jira-api; @PublicApi class, messages in natural order), its no-arg
// constructor; the plugin calls the rest through MessageSet. Source: a public copy of jira-api's MessageSetImpl.java
// (Jira 6.x: extends AbstractMessageSet over TreeSets). Certainty for Jira 11: likely. The AbstractMessageSet
// superclass is not mirrored; real (trivial) behaviour, so tests can read the messages.
package com.atlassian.jira.util;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** A message set whose messages are sorted. */
public class MessageSetImpl implements MessageSet {

    private final Set<String> errors = new TreeSet<>();

    public MessageSetImpl() {
    }

    @Override
    public Set<String> getErrorMessages() {
        return Collections.unmodifiableSet(errors);
    }

    @Override
    public void addErrorMessage(String errorMessage) {
        errors.add(errorMessage);
    }

    @Override
    public boolean hasAnyErrors() {
        return !errors.isEmpty();
    }
}
