// Mirrors com.atlassian.jira.JiraDataTypes (jira-api; class), only ISSUE: a public static final JiraDataType object,
// read with getstatic (not a compile-time constant, so nothing is inlined). Source: ../shared/ATLASSIAN-API.md
// JiraDataTypes row (package verified). Certainty for Jira 11: likely. The value here is a placeholder object.
package com.atlassian.jira;

/** Jira's data types of JQL values. */
public final class JiraDataTypes {

    public static final JiraDataType ISSUE = new JiraDataType() {
    };

    private JiraDataTypes() {
    }
}
