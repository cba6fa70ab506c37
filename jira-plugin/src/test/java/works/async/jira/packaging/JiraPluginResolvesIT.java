package works.async.jira.packaging;

import works.async.plugin.packaging.PluginResolvesContract;

/** The packaged Jira plugin resolves in Felix, and fails naming the issue package when Jira's is withheld. */
class JiraPluginResolvesIT extends PluginResolvesContract {

    @Override
    protected String symbolicName() {
        return "works.async.jira";
    }

    /** The issue event listener, the adapters and the JQL functions cannot work without it. */
    @Override
    protected String withheldPackage() {
        return "com.atlassian.jira.issue";
    }
}
