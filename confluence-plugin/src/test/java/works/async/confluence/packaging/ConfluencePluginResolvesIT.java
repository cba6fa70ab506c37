package works.async.confluence.packaging;

import works.async.plugin.packaging.PluginResolvesContract;

/** The packaged Confluence plugin resolves in Felix, and fails naming the pages package when Confluence's is withheld. */
class ConfluencePluginResolvesIT extends PluginResolvesContract {

    @Override
    protected String symbolicName() {
        return "works.async.confluence";
    }

    /** The page event listener cannot tell a page comment from others, nor read a page, without it. */
    @Override
    protected String withheldPackage() {
        return "com.atlassian.confluence.pages";
    }
}
