package works.async.sandbox.auth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The {@code atl_token} of the host's own HTML forms (log in, log out, add comment, assign, resolve), as Jira's
 * XsrfTokenGenerator does for servlets: one random token per session, checked on every form POST. The token counts
 * only in a POST's form body: in a query string it would end up in logs, browser history and Referer headers, and a
 * link could carry it.
 */
public final class XsrfTokens {

    public static final String PARAMETER = "atl_token";
    private static final String ATTRIBUTE = "sandbox.atl_token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private XsrfTokens() {
    }

    /** This session's token, made (with the session) on first use. */
    public static String token(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        String token = (String) session.getAttribute(ATTRIBUTE);
        if (token == null) {
            token = fresh();
            session.setAttribute(ATTRIBUTE, token);
        }
        return token;
    }

    /** A new token for this session (at sign-in: a token seen before it is worth nothing afterwards). */
    public static void renew(HttpServletRequest request) {
        request.getSession(true).setAttribute(ATTRIBUTE, fresh());
    }

    /**
     * Whether this POST's form body carries this session's token, once, and the query string none (Basic-auth
     * clients have no session: they use REST instead).
     */
    public static boolean valid(HttpServletRequest request) {
        if (!"POST".equalsIgnoreCase(request.getMethod()) || inQuery(request.getQueryString())) {
            return false;
        }
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(ATTRIBUTE);
        String[] given = request.getParameterValues(PARAMETER);
        return expected != null && given != null && given.length == 1
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given[0].getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the query string names the token parameter (then the request is refused, whatever the body says). */
    static boolean inQuery(String query) {
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            try {
                if (URLDecoder.decode(name, StandardCharsets.UTF_8).equals(PARAMETER)) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                // A name that does not decode cannot be the token's; the servlet container ignores it as well.
            }
        }
        return false;
    }

    private static String fresh() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
