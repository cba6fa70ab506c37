package works.async.sandbox.host;

/** A Jira-like issue, with user keys for assignee and reporter (assignee may be null). */
public record Issue(String key, String projectKey, String type, String priority, String summary, String description,
                    String assignee, String reporter, boolean resolved) {
}
