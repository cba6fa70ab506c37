package works.async.core;

import java.util.Objects;

/**
 * The piece of work an agreement is attached to: a Jira issue or a Confluence page, with the
 * container (project or space) whose policy applies.
 *
 * @param kind         which host item this is
 * @param containerKey project key (Jira) or space key (Confluence)
 * @param itemKey      issue key such as {@code DEMO-1}, or page id
 */
public record ItemRef(Kind kind, String containerKey, String itemKey) {

    /** The host item kinds the product attaches agreements to. */
    public enum Kind { JIRA_ISSUE, CONFLUENCE_PAGE }

    public ItemRef {
        Objects.requireNonNull(kind, "kind");
        if (containerKey == null || containerKey.isBlank()) {
            throw new DomainException(ErrorCode.REQUIRED, "containerKey", "An item needs the key of its project or space.");
        }
        if (itemKey == null || itemKey.isBlank()) {
            throw new DomainException(ErrorCode.REQUIRED, "itemKey", "An item needs a key.");
        }
    }

    public static ItemRef issue(String projectKey, String issueKey) {
        return new ItemRef(Kind.JIRA_ISSUE, projectKey, issueKey);
    }

    public static ItemRef page(String spaceKey, String pageId) {
        return new ItemRef(Kind.CONFLUENCE_PAGE, spaceKey, pageId);
    }

    /**
     * A Jira project's own page, where the project's reports live: the project key is both its container and its
     * item key. Jira issue keys always have a "-" and a number after the project key, so it never names an issue.
     */
    public static ItemRef projectPage(String projectKey) {
        return new ItemRef(Kind.JIRA_ISSUE, projectKey, projectKey);
    }

    /** Whether this is a project's own page ({@link #projectPage}) rather than one of its issues. */
    public boolean namesProjectPage() {
        return kind == Kind.JIRA_ISSUE && itemKey.equals(containerKey);
    }
}
