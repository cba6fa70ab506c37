/**
 * The REST endpoints of a Jira issue ({@code /issues/{key}/...}) and of a project's page
 * ({@code /projects/{key}/...}). A package of its own, beside {@code rest} rather than inside it: a {@code <rest>}
 * module scans the packages it names, their subpackages too as far as we know, and Confluence's must not serve
 * issues or projects (nor Jira's pages, see {@code pagerest}).
 */
package works.async.plugin.issuerest;
