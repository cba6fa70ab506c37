package works.async.jira.packaging;

import works.async.plugin.packaging.PluginJarContract;

class JiraPluginJarIT extends PluginJarContract {

    @Override
    protected String pluginKey() {
        return "works.async.jira";
    }
}
