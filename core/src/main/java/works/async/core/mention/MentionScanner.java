package works.async.core.mention;

/**
 * Finds @mentions and the questions addressed to them in one host's comment markup; never throws, whatever the input.
 */
@FunctionalInterface
public interface MentionScanner {

    /**
     * Scans a comment body.
     *
     * @param text the markup as stored by the host; null or empty yields an empty scan
     * @return mentions in order of first appearance, de-duplicated
     */
    MentionScan scan(String text);

    /** Jira wiki markup: {@code [~username]} and {@code [~accountid:...]}, ignoring {@code {code}} and {@code {noformat}} blocks. */
    static MentionScanner jiraWiki() {
        return JiraWikiMentionScanner.INSTANCE;
    }

    /** Confluence storage format: {@code <ac:link><ri:user .../></ac:link>}, ignoring code macros and plain-text bodies. */
    static MentionScanner confluenceStorage() {
        return ConfluenceStorageMentionScanner.INSTANCE;
    }
}
