/**
 * One issue or page as the panel, the page banner and the REST API show it (its agreements, read through the feature
 * ports), closing its requests when it is deleted, and {@link works.async.plugin.item.ItemEvents}, what the plugin
 * does when the host reports a change to it.
 */
package works.async.plugin.item;
