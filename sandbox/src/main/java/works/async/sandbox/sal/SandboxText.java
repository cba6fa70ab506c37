package works.async.sandbox.sal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The sandbox host's own strings (login page, navigation, host errors), bundle {@value #BUNDLE}. */
public final class SandboxText {

    public static final String BUNDLE = "i18n/async-work-sandbox";

    private SandboxText() {
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
    }

    /** The text for {@code key} with MessageFormat arguments; the key itself when missing, as SAL does. */
    public static String get(String key, Object... args) {
        try {
            return new MessageFormat(bundle().getString(key), Locale.ROOT).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
