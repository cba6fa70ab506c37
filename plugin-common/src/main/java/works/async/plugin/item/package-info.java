/**
 * One issue or page as the panel, the page banner and the REST API show it (its agreements, read through the feature
 * ports), and closing its requests when it is deleted.
 */
package works.async.plugin.item;
