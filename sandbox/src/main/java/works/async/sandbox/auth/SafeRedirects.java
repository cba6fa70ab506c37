package works.async.sandbox.auth;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the login page may send a user after sign-in ({@code os_destination}): only a path of this site. Browsers
 * and Jetty both resolve dot segments ({@code /./}, {@code /a/..}, {@code /%2e/}) and treat a leading {@code //} or
 * a backslash as the start of another host, and Jetty refuses control characters with an exception; so the path is
 * decoded once, its dot segments resolved, and anything that could leave the site or fail the redirect is refused.
 * What is followed is the resolved path, re-encoded, so what was checked is what the browser gets.
 */
public final class SafeRedirects {

    /** Where a refused or missing destination goes: the start page, as {@code /} does. */
    public static final String START = "/issues";

    /** Longer destinations are not followed (the login form carries them in a hidden field). */
    static final int MAX_LENGTH = 2000;

    private SafeRedirects() {
    }

    /** The destination as a same-site path with query, or {@link #START}. */
    public static String destination(String requested) {
        return sameSitePath(requested).orElse(START);
    }

    /** The destination as a same-site path with query, or empty when it is missing or might leave the site. */
    static Optional<String> sameSitePath(String requested) {
        if (requested == null || requested.isEmpty() || requested.length() > MAX_LENGTH
                || !requested.startsWith("/") || hasForbidden(requested)) {
            return Optional.empty();
        }
        int end = firstOf(requested, '?', '#');
        String rawPath = end < 0 ? requested : requested.substring(0, end);
        // The fragment stays in the browser; only the query goes with the path.
        String query = "";
        if (end >= 0 && requested.charAt(end) == '?') {
            int hash = requested.indexOf('#', end);
            query = hash < 0 ? requested.substring(end) : requested.substring(end, hash);
        }
        Optional<String> decoded = decodeOnce(rawPath);
        if (decoded.isEmpty() || hasForbidden(decoded.get()) || decoded.get().contains("?") || decoded.get().contains("#")) {
            return Optional.empty();
        }
        Optional<List<String>> segments = resolveDotSegments(decoded.get());
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        // An empty segment anywhere ("//" once resolved) is refused: at the start it names another host, and an
        // authority or scheme can only be written with one.
        List<String> parts = segments.get();
        for (int i = 0; i < parts.size() - 1; i++) {
            if (parts.get(i).isEmpty()) {
                return Optional.empty();
            }
        }
        if (!query.isEmpty() && !decodeOnce(query).map(q -> !hasControl(q)).orElse(false)) {
            return Optional.empty();
        }
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            path.append('/').append(encodeSegment(part));
        }
        if (path.isEmpty()) {
            path.append('/');
        }
        return Optional.of(path + encodeQuery(query));
    }

    /** The query as given, with what may not stand in a URL (spaces, quotes, non-ASCII) percent-encoded. */
    private static String encodeQuery(String query) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c > 0x20 && c < 0x7f && " \"<>`{}|^".indexOf(c) < 0) {
                b.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < query.length() ? i + 2 : i + 1;
                for (byte x : query.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    percent(b, x & 0xff);
                }
                i = end - 1;
            }
        }
        return b.toString();
    }

    private static void percent(StringBuilder b, int c) {
        b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
    }

    private static boolean hasForbidden(String s) {
        return s.indexOf('\\') >= 0 || hasControl(s);
    }

    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /** Percent-decodes once ({@code +} stays a plus, as in a path); a broken escape or invalid UTF-8 is refused. */
    private static Optional<String> decodeOnce(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (java.nio.charset.CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The path's segments with {@code .} and {@code ..} resolved; empty when {@code ..} would climb above the root. */
    private static Optional<List<String>> resolveDotSegments(String path) {
        List<String> out = new ArrayList<>();
        String[] parts = path.substring(1).split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            if (part.equals(".")) {
                if (last) {
                    out.add("");
                }
            } else if (part.equals("..")) {
                if (out.isEmpty()) {
                    return Optional.empty();
                }
                out.remove(out.size() - 1);
                if (last) {
                    out.add("");
                }
            } else {
                out.add(part);
            }
        }
        return Optional.of(out);
    }

    private static String encodeSegment(String segment) {
        StringBuilder b = new StringBuilder();
        for (byte x : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~!$&'()*+,;=:@".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                percent(b, c);
            }
        }
        return b.toString();
    }
}
