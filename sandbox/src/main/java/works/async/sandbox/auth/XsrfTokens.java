package works.async.sandbox.auth;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The {@code atl_token} of the host's own HTML forms (add comment, assign, resolve), as Jira's XsrfTokenGenerator
 * does for servlets: one random token per session, checked on every form POST.
 */
public final class XsrfTokens {

    public static final String PARAMETER = "atl_token";
    private static final String ATTRIBUTE = "sandbox.atl_token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private XsrfTokens() {
    }

    public static String token(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        String token = (String) session.getAttribute(ATTRIBUTE);
        if (token == null) {
            byte[] bytes = new byte[20];
            RANDOM.nextBytes(bytes);
            token = HexFormat.of().formatHex(bytes);
            session.setAttribute(ATTRIBUTE, token);
        }
        return token;
    }

    /** Whether the form carries this session's token (Basic-auth clients have none: they use REST instead). */
    public static boolean valid(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(ATTRIBUTE);
        String given = request.getParameter(PARAMETER);
        return expected != null && given != null
                && MessageDigest.isEqual(expected.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                given.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
