package works.async.core.mention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the question rule while a scanner streams plain text, mentions and block boundaries into it.
 *
 * <p>The rule, kept deliberately simple because the user sees and can undo its guesses: a sentence ends at
 * a run of {@code . ! ?} followed by whitespace (or by the end of the text), or at a block boundary (a
 * blank line, a paragraph, list item, table cell or code block). A mention is "asked a question" when any
 * sentence containing it ends with a run that includes {@code ?}. A '?' followed directly by other text
 * (as in a URL) does not end a sentence.
 */
final class SentenceCollector {

    static final int MAX_QUOTE = 300;

    private final Map<String, UserReference> firstSeen = new LinkedHashMap<>();
    private final Map<String, String> questions = new LinkedHashMap<>();
    private final List<UserReference> inSentence = new ArrayList<>();
    private final StringBuilder quote = new StringBuilder();

    /** A terminator run seen but not yet confirmed by following whitespace. */
    private boolean pendingTerminator;
    private boolean pendingQuestion;

    void text(CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) {
            text(chars.charAt(i));
        }
    }

    void text(char c) {
        if (c == '.' || c == '!' || c == '?') {
            pendingTerminator = true;
            pendingQuestion |= c == '?';
            appendQuote(c);
        } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            if (pendingTerminator) {
                endSentence();
            } else {
                appendQuote(' ');
            }
        } else if (pendingTerminator && isClosingMark(c)) {
            appendQuote(c); // "…really?)" still ends with the question mark
        } else {
            pendingTerminator = false;
            pendingQuestion = false;
            appendQuote(c);
        }
    }

    void mention(UserReference user) {
        // A mention directly after "?" (no space) continues the sentence, like any other word would.
        pendingTerminator = false;
        pendingQuestion = false;
        firstSeen.putIfAbsent(user.identity(), user);
        inSentence.add(user);
        appendQuote(user.display());
    }

    void boundary() {
        endSentence();
    }

    MentionScan finish() {
        endSentence();
        if (firstSeen.isEmpty()) {
            return MentionScan.empty();
        }
        List<Mention> result = new ArrayList<>(firstSeen.size());
        firstSeen.forEach((identity, user) -> result.add(new Mention(user, questions.get(identity))));
        return new MentionScan(result);
    }

    private void endSentence() {
        if (pendingQuestion && !inSentence.isEmpty()) {
            String sentence = quote.toString().strip();
            for (UserReference user : inSentence) {
                questions.putIfAbsent(user.identity(), sentence);
            }
        }
        inSentence.clear();
        quote.setLength(0);
        pendingTerminator = false;
        pendingQuestion = false;
    }

    private void appendQuote(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            appendQuote(s.charAt(i));
        }
    }

    // The quote is bounded so that a huge sentence costs constant memory; it is evidence, not content.
    private void appendQuote(char c) {
        if (c == ' ' && (quote.isEmpty() || quote.charAt(quote.length() - 1) == ' ')) {
            return;
        }
        if (quote.length() < MAX_QUOTE) {
            quote.append(c);
        } else if (quote.length() == MAX_QUOTE) {
            quote.append('…');
        }
    }

    private static boolean isClosingMark(char c) {
        return c == ')' || c == '"' || c == '\'' || c == '”' || c == '’' || c == ']' || c == '*' || c == '_';
    }
}
