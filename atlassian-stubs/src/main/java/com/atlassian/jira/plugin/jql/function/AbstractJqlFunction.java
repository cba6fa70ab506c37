// Mirrors com.atlassian.jira.plugin.jql.function.AbstractJqlFunction (jira-api; @PublicSpi abstract class implementing
// JqlFunction), only the three members it implements for its subclasses: init(JqlFunctionModuleDescriptor),
// getFunctionName() and isList() (both from the descriptor). Source: ../shared/ATLASSIAN-API.md AbstractJqlFunction row
// (Jira 7 javadoc) and a public copy of jira-api's AbstractJqlFunction.java (Jira 6). Certainty for Jira 11: likely.
// Left out: getModuleDescriptor(), protected getI18n() (needs I18nHelper) and validateNumberOfArgs (the plugin
// validates with its own texts). Bodies throw: Jira's class runs in Jira, tests never call these.
package com.atlassian.jira.plugin.jql.function;

/** Base of JQL functions: the name and list flag come from the {@code <jql-function>} descriptor. */
public abstract class AbstractJqlFunction implements JqlFunction {

    @Override
    public void init(JqlFunctionModuleDescriptor moduleDescriptor) {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public String getFunctionName() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public boolean isList() {
        throw new UnsupportedOperationException("stand-in");
    }
}
