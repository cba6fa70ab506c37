package works.async.plugin.outbox;

import java.util.regex.Pattern;

/**
 * The text of a delivery failure as it is stored and shown to administrators: the mailer's own message, on one line
 * and at most {@value #MAX_LENGTH} characters, without a stack trace or the exception's class name (those belong in
 * the host's log, not on a screen). Empty when the mailer gave no message; the screen then says so in its language.
 */
public final class FailureText {

    /** Length of the LAST_ERROR column; a longer message is cut and ends with an ellipsis. */
    public static final int MAX_LENGTH = 200;

    /** "java.net.ConnectException: " or "com.example.Mail$Refused: ", as Throwable.toString() prefixes a message. */
    private static final Pattern CLASS_PREFIX = Pattern.compile("^(?:[A-Za-z_$][\\w$]*\\.)+[A-Z][\\w$]*:\\s*");
    /** A message that is nothing but a class name, as a wrapper's message is when its cause had none. */
    private static final Pattern CLASS_NAME = Pattern.compile("^(?:[A-Za-z_$][\\w$]*\\.)+[A-Z][\\w$]*$");
    /** Where a stack trace would start if a message carried one. */
    private static final Pattern STACK = Pattern.compile("\\s+at\\s+[\\w$.]+\\(.*", Pattern.DOTALL);

    private FailureText() {
    }

    /** The first message in the cause chain, made safe to show. */
    public static String of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String safe = clean(t.getMessage());
            if (!safe.isEmpty()) {
                return safe;
            }
        }
        return "";
    }

    static String clean(String message) {
        if (message == null) {
            return "";
        }
        String text = STACK.matcher(message).replaceFirst("");
        text = text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        // A wrapped exception's message is often the cause's toString(), so prefixes can repeat.
        String before;
        do {
            before = text;
            text = CLASS_PREFIX.matcher(text).replaceFirst("");
        } while (!text.equals(before));
        if (CLASS_NAME.matcher(text).matches()) {
            return "";
        }
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH - 1).strip() + "\u2026";
        }
        return text;
    }
}
