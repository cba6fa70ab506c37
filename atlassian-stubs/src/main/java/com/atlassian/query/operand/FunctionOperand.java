// Mirrors com.atlassian.query.operand.FunctionOperand (jira-api; class implementing Operand), only the members used:
// constructor (String name, String... args), getName(), List<String> getArgs() (the arguments as the query wrote
// them, always strings). Source: a public copy of jira-api's FunctionOperand.java (Jira 6.x; also constructors (String)
// and (String, Collection<String>)); ../shared/ATLASSIAN-API.md FunctionOperand row. Certainty for Jira 11: likely.
// Real (trivial) behaviour, so tests can build operands.
package com.atlassian.query.operand;

import java.util.List;
import java.util.Objects;

/** A function call in a JQL query: its name and its (string) arguments. */
public class FunctionOperand implements Operand {

    private final String name;
    private final List<String> args;

    public FunctionOperand(String name, String... args) {
        this.name = Objects.requireNonNull(name, "name");
        this.args = List.of(args);
    }

    public String getName() {
        return name;
    }

    public List<String> getArgs() {
        return args;
    }
}
