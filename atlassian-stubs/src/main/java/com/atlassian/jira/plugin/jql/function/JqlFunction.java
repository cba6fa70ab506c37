// Mirrors com.atlassian.jira.plugin.jql.function.JqlFunction (jira-api; @PublicSpi interface), all seven members (Jira
// calls each). Source: ../shared/ATLASSIAN-API.md JqlFunction row (Jira 7 javadoc of AbstractJqlFunction and its
// subclasses: validate takes an ApplicationUser since Jira 7, a crowd User in Jira 6). Certainty for Jira 11: likely.
// The @Nonnull annotations of the real interface are left out (no effect on linkage).
package com.atlassian.jira.plugin.jql.function;

import java.util.List;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;

/** A JQL function: Jira validates its arguments, then asks it for the values the clause compares with. */
public interface JqlFunction {

    void init(JqlFunctionModuleDescriptor moduleDescriptor);

    MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause);

    List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand,
                                 TerminalClause terminalClause);

    boolean isList();

    int getMinimumNumberOfExpectedArguments();

    String getFunctionName();

    JiraDataType getDataType();
}
