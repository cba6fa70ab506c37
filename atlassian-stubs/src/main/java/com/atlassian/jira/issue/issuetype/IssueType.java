// Mirrors com.atlassian.jira.issue.issuetype.IssueType (jira-api; interface extending IssueConstant), only the members
// used: String getId() and String getName() (both declared in IssueConstant in the real jar; an invokeinterface on
// IssueType resolves them there). Source: ../shared/ATLASSIAN-API.md, Jira table ("IssueType (interface, extends
// IssueConstant): String getId() (String, not Long); String getName()", JDOC7, the Jira 7 javadoc). IssueConstant is
// not mirrored (none of its other members is used). Certainty for Jira 11: likely.
package com.atlassian.jira.issue.issuetype;

/** An issue's type (Bug, Task ...); policies narrow by its name, pages address it by its id. */
public interface IssueType {

    String getId();

    String getName();
}
