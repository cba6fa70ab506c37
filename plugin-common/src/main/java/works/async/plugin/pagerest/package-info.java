/**
 * The REST endpoints of a Confluence page ({@code /pages/{id}/...}) and space ({@code /spaces/{key}/...}), in a package of their own so that only the
 * Confluence descriptor's {@code <rest>} module serves them (see {@code issuerest}).
 */
package works.async.plugin.pagerest;
