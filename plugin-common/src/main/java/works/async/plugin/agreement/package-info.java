/**
 * A container's working agreement as its members acknowledge it, for a Jira project or a Confluence space alike:
 * the viewer's own date and how many acknowledged it, never who.
 */
package works.async.plugin.agreement;
