/**
 * Team-level insights of a project or space: who may see them and the port their agreements are read from; the
 * figures themselves are core's ({@code works.async.core.insight}).
 */
package works.async.plugin.insight;
