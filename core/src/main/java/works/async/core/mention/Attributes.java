package works.async.core.mention;

import java.util.Locale;

/** Forgiving reading of one XML start tag's name and attributes; missing quotes or values yield what is there. */
final class Attributes {

    private Attributes() {
    }

    /** Lower-cased element name of a tag body such as {@code ri:user ri:userkey="x" /}. */
    static String elementName(String body) {
        int end = 0;
        while (end < body.length() && !Character.isWhitespace(body.charAt(end)) && body.charAt(end) != '/') {
            end++;
        }
        return body.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** The user an {@code <ri:user>} tag names, preferring the user key, or null when it names none. */
    static UserReference user(String body) {
        String key = value(body, "ri:userkey");
        if (key != null && !key.isBlank()) {
            return UserReference.userKey(key.strip());
        }
        String accountId = value(body, "ri:account-id");
        if (accountId != null && !accountId.isBlank()) {
            return UserReference.accountId(accountId.strip());
        }
        String username = value(body, "ri:username");
        if (username != null && !username.isBlank()) {
            return UserReference.username(username.strip());
        }
        return null;
    }

    /** The decoded value of the named attribute (case-insensitive name), or null when absent. */
    static String value(String body, String wanted) {
        int i = elementName(body).length();
        int n = body.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(body.charAt(i)) || body.charAt(i) == '/')) {
                i++;
            }
            int nameStart = i;
            while (i < n && body.charAt(i) != '=' && !Character.isWhitespace(body.charAt(i)) && body.charAt(i) != '/') {
                i++;
            }
            String name = body.substring(nameStart, i);
            while (i < n && Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            if (i >= n || body.charAt(i) != '=') {
                if (i == nameStart) {
                    i++; // a stray character that starts no attribute; step over it
                }
                continue;
            }
            i++;
            while (i < n && Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            int valueStart;
            int valueEnd;
            if (i < n && (body.charAt(i) == '"' || body.charAt(i) == '\'')) {
                char quote = body.charAt(i);
                valueStart = i + 1;
                int close = body.indexOf(quote, valueStart);
                valueEnd = close < 0 ? n : close; // unclosed quote: the rest of the tag is the value
                i = close < 0 ? n : close + 1;
            } else {
                valueStart = i;
                while (i < n && !Character.isWhitespace(body.charAt(i)) && body.charAt(i) != '/') {
                    i++;
                }
                valueEnd = i;
            }
            if (name.equalsIgnoreCase(wanted)) {
                return decode(body.substring(valueStart, valueEnd));
            }
        }
        return null;
    }

    /** Replaces the XML entities and character references that can appear in attribute values and text. */
    static String decode(String raw) {
        if (raw.indexOf('&') < 0) {
            return raw;
        }
        StringBuilder result = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            int semicolon = c == '&' ? semicolonNear(raw, i) : -1;
            String decoded = semicolon > i ? decodeEntity(raw.substring(i + 1, semicolon)) : null;
            if (decoded == null) {
                result.append(c);
                i++;
            } else {
                result.append(decoded);
                i = semicolon + 1;
            }
        }
        return result.toString();
    }

    /** Position of the ';' closing an entity that starts at {@code amp}, looking only a few characters ahead. */
    static int semicolonNear(CharSequence s, int amp) {
        int limit = Math.min(s.length(), amp + 12);
        for (int j = amp + 1; j < limit; j++) {
            if (s.charAt(j) == ';') {
                return j;
            }
        }
        return -1;
    }

    /** The text of an entity name such as {@code amp} or {@code #63}, or null when it is not one we know. */
    static String decodeEntity(String name) {
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            case "nbsp": return " ";
            default: break;
        }
        if (name.length() < 2 || name.charAt(0) != '#') {
            return null;
        }
        try {
            boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
            int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
