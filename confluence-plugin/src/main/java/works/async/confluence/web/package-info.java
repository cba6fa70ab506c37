/**
 * The plugin's own pages inside Confluence and the page banner. Servlets under {@code /plugins/servlet/async-work/}
 * render plugin-common's shared screens through the shared page code ({@code works.async.plugin.page}) inside
 * Confluence's decorators: the global policy and the outbox in the administration (Confluence administrators, WebSudo),
 * a space's policy and insights in space tools, and each user's working time. Each servlet checks who is asking before
 * it reads anything; the pages only show forms, and every change is a JSON call of the page's script to the plugin's
 * REST API, so no servlet here accepts a change. The banner is a web panel on page view.
 */
package works.async.confluence.web;
