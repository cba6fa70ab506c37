/**
 * Reading and changing the global, project, space and issue-type policies, each by the people allowed to.
 */
package works.async.plugin.policy;
