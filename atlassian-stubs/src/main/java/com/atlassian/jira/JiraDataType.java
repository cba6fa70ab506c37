// Mirrors com.atlassian.jira.JiraDataType (jira-api; interface), no member: the plugin only returns
// JiraDataTypes.ISSUE. Source: ../shared/ATLASSIAN-API.md JiraDataType row (package verified). Certainty: likely.
package com.atlassian.jira;

/** The type of values a JQL function returns (issues, users, dates, ...). */
public interface JiraDataType {
}
