package works.async.core.mention;

import java.util.Locale;
import java.util.Set;

/**
 * Scans Confluence storage format (XHTML) in one left-to-right pass, tolerating markup that is not well formed.
 *
 * <p>A mention is an {@code <ri:user>} inside an {@code <ac:link>}, identified by {@code ri:userkey} (Data
 * Center), {@code ri:account-id} (Cloud-exported content) or {@code ri:username} (older content), in that
 * order of preference. A {@code <ri:user>} elsewhere (for example in a profile macro parameter) is not a
 * mention. Ignored: {@code code} and {@code noformat} macros, any {@code <ac:plain-text-body>} and
 * {@code <ac:plain-text-link-body>}, {@code <code>} and {@code <pre>}, comments. Block elements (paragraphs,
 * list items, headings, table cells) end sentences; a tag ends at the first {@code >}.
 */
final class ConfluenceStorageMentionScanner implements MentionScanner {

    static final ConfluenceStorageMentionScanner INSTANCE = new ConfluenceStorageMentionScanner();

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "td", "th", "tr", "table", "blockquote", "pre", "hr", "ac:task", "ac:task-body", "ac:layout-cell",
            "ac:structured-macro", "ac:macro", "ac:rich-text-body");
    private static final Set<String> CODE_MACROS = Set.of("code", "noformat");
    private static final Set<String> PLAIN_BODIES = Set.of("ac:plain-text-body", "ac:plain-text-link-body");

    private ConfluenceStorageMentionScanner() {
    }

    @Override
    public MentionScan scan(String text) {
        if (text == null || text.isEmpty()) {
            return MentionScan.empty();
        }
        return new Run(text).scan();
    }

    /** State of one scan; confined to the calling thread. */
    private static final class Run {
        private final String text;
        private final SentenceCollector out = new SentenceCollector();
        private int nextGt = -2; // cached position of the next '>' so that many unclosed '<' stay linear
        private int linkDepth;
        private int macroDepth;
        private int codeMacroDepth; // macroDepth at which an ignored code macro opened, 0 when none
        private int plainBodyDepth;
        private int codeElementDepth;

        Run(String text) {
            this.text = text;
        }

        MentionScan scan() {
            int i = 0;
            int n = text.length();
            while (i < n) {
                char c = text.charAt(i);
                if (c == '<') {
                    i = markup(i);
                } else if (c == '&') {
                    i = entity(i);
                } else {
                    if (!ignoring()) {
                        out.text(c);
                    }
                    i++;
                }
            }
            return out.finish();
        }

        private boolean ignoring() {
            return codeMacroDepth > 0 || plainBodyDepth > 0 || codeElementDepth > 0;
        }

        private int markup(int at) {
            if (text.startsWith("<![CDATA[", at)) {
                int end = text.indexOf("]]>", at + 9);
                int stop = end < 0 ? text.length() : end;
                if (!ignoring()) {
                    out.text(text.substring(at + 9, stop));
                }
                return end < 0 ? text.length() : end + 3;
            }
            if (text.startsWith("<!--", at)) {
                int end = text.indexOf("-->", at + 4);
                return end < 0 ? text.length() : end + 3;
            }
            if (nextGt != -1 && nextGt < at) {
                nextGt = text.indexOf('>', at);
            }
            if (nextGt < 0) {
                if (!ignoring()) {
                    out.text('<');
                }
                return at + 1;
            }
            tag(text.substring(at + 1, nextGt));
            return nextGt + 1;
        }

        private void tag(String tag) {
            boolean closing = tag.startsWith("/");
            String body = closing ? tag.substring(1) : tag;
            boolean selfClosing = body.endsWith("/");
            String name = Attributes.elementName(body);
            if (BLOCKS.contains(name)) {
                out.boundary();
            } else if (name.equals("br") && !ignoring()) {
                out.text('\n');
            }
            if (selfClosing && !name.equals("ri:user")) {
                return;
            }
            switch (name) {
                case "ac:link" -> linkDepth = depth(linkDepth, closing);
                case "ac:plain-text-body", "ac:plain-text-link-body" -> plainBodyDepth = depth(plainBodyDepth, closing);
                case "code", "pre" -> codeElementDepth = depth(codeElementDepth, closing);
                case "ac:structured-macro", "ac:macro" -> macro(body, closing);
                case "ri:user" -> {
                    if (!closing && linkDepth > 0 && !ignoring()) {
                        UserReference user = Attributes.user(body);
                        if (user != null) {
                            out.mention(user);
                        }
                    }
                }
                default -> { }
            }
        }

        private void macro(String body, boolean closing) {
            if (closing) {
                if (macroDepth == codeMacroDepth) {
                    codeMacroDepth = 0;
                }
                macroDepth = depth(macroDepth, true);
                return;
            }
            macroDepth++;
            String macroName = Attributes.value(body, "ac:name");
            if (codeMacroDepth == 0 && macroName != null && CODE_MACROS.contains(macroName.toLowerCase(Locale.ROOT))) {
                codeMacroDepth = macroDepth;
            }
        }

        private static int depth(int current, boolean closing) {
            return closing ? Math.max(0, current - 1) : current + 1;
        }

        private int entity(int at) {
            int semicolon = Attributes.semicolonNear(text, at);
            String decoded = semicolon < 0 ? null : Attributes.decodeEntity(text.substring(at + 1, semicolon));
            if (decoded == null) {
                if (!ignoring()) {
                    out.text('&');
                }
                return at + 1;
            }
            if (!ignoring()) {
                out.text(decoded);
            }
            return semicolon + 1;
        }
    }
}
