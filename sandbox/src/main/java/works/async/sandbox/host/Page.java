package works.async.sandbox.host;

/** A Confluence-like page; {@code body} is Confluence storage format. */
public record Page(long id, String spaceKey, String title, String body, String creator) {
}
