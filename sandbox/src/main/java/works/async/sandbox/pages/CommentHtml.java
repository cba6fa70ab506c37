package works.async.sandbox.pages;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import works.async.plugin.web.Html;

/**
 * How the host shows a comment: its text escaped, and each mention written in the host's markup shown as the
 * person's display name, as Jira and Confluence do. The markup recognised is the one the plugin's mention scanners
 * read (core {@code JiraWikiMentionScanner}, {@code ConfluenceStorageMentionScanner}): {@code [~username]} on one
 * line, not after a backslash, not inside {@code {code}} / {@code {noformat}}; and {@code <ac:link><ri:user
 * ri:userkey="..."/></ac:link>} (or {@code ri:username}). A mention of nobody the host knows stays as written.
 */
public final class CommentHtml {

    /** Jira: up to 255 characters, on one line, without '[' (the scanner's own bounds). */
    private static final Pattern JIRA_MENTION = Pattern.compile("(?<!\\\\)\\[~([^\\[\\]\\r\\n]{1,255})]");
    /** A {code...} or {noformat...} block up to its closing tag, or to the end when unclosed (as the scanner). */
    private static final Pattern JIRA_BLOCK = Pattern.compile("\\{(code|noformat)(?::[^}]*)?}.*?(?:\\{\\1}|\\z)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern CONFLUENCE_MENTION = Pattern.compile(
            "<ac:link(?:\\s[^>]*)?>\\s*<ri:user\\b([^>]*?)/?>\\s*(?:</ri:user>\\s*)?</ac:link>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(ri:userkey|ri:username)\\s*=\\s*\"([^\"]*)\"");

    private CommentHtml() {
    }

    /** A Jira comment (wiki markup) as HTML; names are looked up by user name. */
    public static String jira(String body, Function<String, Optional<String>> nameByUsername) {
        String text = body == null ? "" : body;
        StringBuilder out = new StringBuilder();
        Matcher block = JIRA_BLOCK.matcher(text);
        int at = 0;
        while (block.find()) {
            jiraMentions(text.substring(at, block.start()), nameByUsername, out);
            out.append(Html.escape(block.group()));
            at = block.end();
        }
        jiraMentions(text.substring(at), nameByUsername, out);
        return out.toString();
    }

    private static void jiraMentions(String text, Function<String, Optional<String>> nameByUsername, StringBuilder out) {
        Matcher m = JIRA_MENTION.matcher(text);
        int at = 0;
        while (m.find()) {
            Optional<String> name = nameByUsername.apply(m.group(1).strip());
            if (name.isPresent()) {
                out.append(Html.escape(text.substring(at, m.start())));
                mention(m.group(1).strip(), name.get(), out);
                at = m.end();
            }
        }
        out.append(Html.escape(text.substring(at)));
    }

    /**
     * A Confluence comment as HTML: the sandbox's comments are plain text apart from user links, which are shown as
     * names (looked up by user key, or by user name for older content).
     */
    public static String confluence(String body, Function<String, Optional<String>> nameByKey,
                                    Function<String, Optional<String>> nameByUsername) {
        String text = body == null ? "" : body;
        StringBuilder out = new StringBuilder();
        Matcher m = CONFLUENCE_MENTION.matcher(text);
        int at = 0;
        while (m.find()) {
            Matcher a = ATTRIBUTE.matcher(m.group(1));
            Optional<String> name = Optional.empty();
            String id = null;
            while (name.isEmpty() && a.find()) {
                id = a.group(2);
                name = a.group(1).equals("ri:userkey") ? nameByKey.apply(id) : nameByUsername.apply(id);
            }
            if (name.isPresent()) {
                out.append(Html.escape(text.substring(at, m.start())));
                mention(id, name.get(), out);
                at = m.end();
            }
        }
        out.append(Html.escape(text.substring(at)));
        return out.toString();
    }

    private static void mention(String id, String name, StringBuilder out) {
        out.append("<span class=\"sandbox-mention\" data-user=\"").append(Html.escape(id)).append("\">")
                .append(Html.escape(name)).append("</span>");
    }
}
