// Mirrors com.atlassian.query.clause.TerminalClause (jira-api; interface extending Clause), no member: the plugin's
// functions only receive it. Source: ../shared/ATLASSIAN-API.md TerminalClause row (package verified). Certainty for
// Jira 11: likely. The Clause supertype and getName()/getOperand()/getOperator() are not mirrored.
package com.atlassian.query.clause;

/** A JQL clause of the form field operator operand. */
public interface TerminalClause {
}
