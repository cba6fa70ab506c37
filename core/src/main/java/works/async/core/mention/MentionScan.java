package works.async.core.mention;

import java.util.List;
import java.util.Objects;

/**
 * The people a comment mentions, in order of first appearance and without duplicates, each marked with
 * whether the comment asked them a question.
 */
public record MentionScan(List<Mention> mentions) {

    private static final MentionScan EMPTY = new MentionScan(List.of());

    public MentionScan {
        mentions = List.copyOf(Objects.requireNonNull(mentions, "mentions"));
    }

    public static MentionScan empty() {
        return EMPTY;
    }

    /** Every mentioned user, in order of first appearance. */
    public List<UserReference> users() {
        return mentions.stream().map(Mention::user).toList();
    }

    /** Only the users a question was addressed to; these are the candidates for automatic reply requests. */
    public List<UserReference> questioned() {
        return mentions.stream().filter(Mention::askedQuestion).map(Mention::user).toList();
    }

    public boolean isEmpty() {
        return mentions.isEmpty();
    }
}
