/**
 * The plugin's own pages inside Jira: servlets under {@code /plugins/servlet/async-work/} that render plugin-common's
 * shared screens ({@code works.async.plugin.web.Screens}) with Jira's template renderer and hand the result to Jira's
 * decorator, which adds Jira's header, menus and sidebar around it. Each servlet checks who is asking before it reads
 * anything: anonymous visitors go to Jira's login page and come back, refused users read why in their language, and
 * the administrators' pages ask for the password again (WebSudo). The pages only show forms; every change is a JSON
 * call of the page's script to the plugin's REST API, so no servlet here accepts a change.
 */
package works.async.jira.web;
