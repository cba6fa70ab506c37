package works.async.sandbox.host;

import java.time.Instant;

/** A comment on an issue or page, its body exactly as written. */
public record Comment(long id, String author, String body, Instant createdAt) {
}
