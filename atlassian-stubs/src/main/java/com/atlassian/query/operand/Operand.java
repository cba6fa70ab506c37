// Mirrors com.atlassian.query.operand.Operand (jira-api; interface), no member: the plugin only passes operands on.
// Source: public copies of jira-api's FunctionOperand.java and QueryLiteral.java (Jira 6.x) naming the type.
// Certainty for Jira 11: likely. Left out: getName(), getDisplayString(), accept(OperandVisitor).
package com.atlassian.query.operand;

/** The right-hand side of a JQL clause. */
public interface Operand {
}
