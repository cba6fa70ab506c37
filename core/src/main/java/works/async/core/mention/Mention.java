package works.async.core.mention;

import java.util.Objects;

/**
 * One mentioned person and whether the comment asked them a question, with the sentence that made it
 * one so the asker can see (and undo) the guess.
 *
 * @param user     who was mentioned
 * @param question the sentence ending in '?' that contains the mention (whitespace collapsed, at most
 *                 300 characters), or null when no such sentence exists
 */
public record Mention(UserReference user, String question) {

    public Mention {
        Objects.requireNonNull(user, "user");
        if (question != null && question.isBlank()) {
            question = null;
        }
    }

    public static Mention of(UserReference user) {
        return new Mention(user, null);
    }

    public static Mention askedBy(UserReference user, String question) {
        return new Mention(user, Objects.requireNonNull(question, "question"));
    }

    /** True when a sentence containing this mention ends with a question mark. */
    public boolean askedQuestion() {
        return question != null;
    }
}
