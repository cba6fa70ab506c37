package works.async.confluence.packaging;

import works.async.plugin.packaging.PluginJarContract;

class ConfluencePluginJarIT extends PluginJarContract {

    @Override
    protected String pluginKey() {
        return "works.async.confluence";
    }
}
