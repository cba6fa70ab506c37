/**
 * Reply requests: asking, answering, withdrawing, renegotiating, automatic requests from @mentions with a question,
 * the reply windows a policy grants, and the store port of reply requests.
 */
package works.async.plugin.reply;
