/**
 * Jira's JQL functions over the plugin's stores: {@code issue in awaitingReplyFrom("jsmith")},
 * {@code issue in ownershipUnconfirmed()}, {@code issue in replyOverdue()}.
 *
 * <p>Each answers the ids of at most {@link works.async.jira.jql.VisibleIssueIds#LIMIT} issues, read by an indexed
 * store query, and only those the searcher may browse: the functions filter themselves rather than rely on Jira
 * filtering the search's final result, so no id of a hidden issue ever leaves them.
 */
package works.async.jira.jql;
