package works.async.core.mention;

import java.util.Locale;

/**
 * Scans Jira wiki markup in one left-to-right pass (linear time, no regular expressions).
 *
 * <p>Recognised: {@code [~username]} and {@code [~accountid:ID]}, closed on the same line within
 * {@value #MAX_NAME} characters; anything else starting with {@code [~} is plain text. A backslash before
 * {@code [} escapes it, as in Jira. Everything between {@code {code...}} / {@code {noformat...}} and its
 * closing tag is ignored; an unclosed block ignores the rest of the comment, so that pasted logs never
 * trigger reply requests. Blank lines and code blocks end sentences.
 */
final class JiraWikiMentionScanner implements MentionScanner {

    static final JiraWikiMentionScanner INSTANCE = new JiraWikiMentionScanner();
    static final int MAX_NAME = 255;
    private static final int MAX_MACRO_TAG = 500;
    private static final String ACCOUNT_PREFIX = "accountid:";

    private JiraWikiMentionScanner() {
    }

    @Override
    public MentionScan scan(String text) {
        if (text == null || text.isEmpty()) {
            return MentionScan.empty();
        }
        SentenceCollector out = new SentenceCollector();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < n && text.charAt(i + 1) == '[') {
                out.text('[');
                i += 2;
            } else if (c == '[' && i + 1 < n && text.charAt(i + 1) == '~') {
                i = mention(text, i, out);
            } else if (c == '{') {
                i = block(text, i, out);
            } else if (c == '\n' && isBlankLineAhead(text, i + 1)) {
                out.boundary();
                i++;
            } else {
                out.text(c);
                i++;
            }
        }
        return out.finish();
    }

    /** Returns the index after the mention, or after the '[' when it is not a well-formed mention. */
    private static int mention(String text, int open, SentenceCollector out) {
        int start = open + 2;
        int limit = Math.min(text.length(), start + MAX_NAME + 1);
        for (int j = start; j < limit; j++) {
            char c = text.charAt(j);
            if (c == ']') {
                UserReference user = reference(text.substring(start, j));
                if (user == null) {
                    break;
                }
                out.mention(user);
                return j + 1;
            }
            if (c == '\n' || c == '\r' || c == '[') {
                break;
            }
        }
        out.text('[');
        return open + 1;
    }

    private static UserReference reference(String inner) {
        String name = inner.strip();
        if (name.regionMatches(true, 0, ACCOUNT_PREFIX, 0, ACCOUNT_PREFIX.length())) {
            String id = name.substring(ACCOUNT_PREFIX.length()).strip();
            return id.isEmpty() ? null : UserReference.accountId(id);
        }
        return name.isEmpty() ? null : UserReference.username(name);
    }

    /** Skips a {code} or {noformat} block; any other '{' is plain text. */
    private static int block(String text, int open, SentenceCollector out) {
        String macro = macroName(text, open);
        if (macro == null) {
            out.text('{');
            return open + 1;
        }
        int tagEnd = boundedIndexOf(text, '}', open, MAX_MACRO_TAG);
        if (tagEnd < 0) {
            out.text('{');
            return open + 1;
        }
        out.boundary();
        int close = indexOfIgnoreCase(text, "{" + macro + "}", tagEnd + 1);
        return close < 0 ? text.length() : close + macro.length() + 2;
    }

    // Bounded so that many unclosed "{code:" openings cannot make the scan quadratic.
    private static int boundedIndexOf(String text, char wanted, int from, int maxDistance) {
        int limit = Math.min(text.length(), from + maxDistance);
        for (int i = from; i < limit; i++) {
            if (text.charAt(i) == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static String macroName(String text, int open) {
        for (String macro : new String[] {"code", "noformat"}) {
            int after = open + 1 + macro.length();
            if (text.regionMatches(true, open + 1, macro, 0, macro.length()) && after < text.length()
                    && (text.charAt(after) == '}' || text.charAt(after) == ':')) {
                return macro;
            }
        }
        return null;
    }

    // Linear: one pass of regionMatches per start position is bounded by the needle's fixed length.
    private static int indexOfIgnoreCase(String text, String needle, int from) {
        String lower = needle.toLowerCase(Locale.ROOT);
        for (int i = from; i + lower.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, lower, 0, lower.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBlankLineAhead(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }
}
