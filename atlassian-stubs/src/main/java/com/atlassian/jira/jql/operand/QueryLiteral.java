// Mirrors com.atlassian.jira.jql.operand.QueryLiteral (jira-api; class), only the members used: the constructor
// (Operand sourceOperand, Long longValue), getLongValue() and getSourceOperand(). Source: ../shared/ATLASSIAN-API.md
// QueryLiteral row and a public copy of jira-api's QueryLiteral.java (Jira 6: a null source operand is rejected).
// Certainty for Jira 11: likely. Real (trivial) behaviour, so tests can read the values a function returns.
package com.atlassian.jira.jql.operand;

import java.util.Objects;

import com.atlassian.query.operand.Operand;

/** One value a JQL function returns; a function's values name its FunctionOperand as their source. */
public class QueryLiteral {

    private final Operand sourceOperand;
    private final Long longValue;

    public QueryLiteral(Operand sourceOperand, Long longValue) {
        this.sourceOperand = Objects.requireNonNull(sourceOperand, "sourceOperand");
        this.longValue = longValue;
    }

    public Long getLongValue() {
        return longValue;
    }

    public Operand getSourceOperand() {
        return sourceOperand;
    }
}
