package works.async.plugin.web;

/**
 * HTML escaping for markup a host writes itself, outside a template: the five characters that could end an element
 * or an attribute value. The sandbox's Velocity escaping rule and the Jira plugin's decorated pages both use it.
 */
public final class Html {

    private Html() {
    }

    /** The text with {@code & < > " '} escaped; null reads as empty. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
