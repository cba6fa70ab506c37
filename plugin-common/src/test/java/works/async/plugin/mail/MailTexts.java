package works.async.plugin.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import com.atlassian.sal.api.message.I18nResolver;

/**
 * The shared UI bundle as the host resolves it, in English, plus a few German mail texts, so that a test can tell
 * which language a mail was written in: keys the German map lacks fall back to English, as host bundles do.
 */
public final class MailTexts implements I18nResolver {

    private static final Map<String, String> GERMAN = Map.of(
            "async.ui.mail.subject.reminder.reply", "[{0}] Deine Antwort ist f\u00e4llig: {1}",
            "async.ui.mail.greeting", "Hallo {0},",
            "async.ui.mail.due", "F\u00e4llig {0} in deiner Zeitzone ({1})",
            "async.ui.mail.link", "{0} \u00f6ffnen");

    private final Properties english = new Properties();

    public MailTexts() {
        try (InputStream in = getClass().getResourceAsStream("/i18n/async-work-ui.properties")) {
            english.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        String pattern = Locale.GERMAN.getLanguage().equals(locale.getLanguage()) && GERMAN.containsKey(key)
                ? GERMAN.get(key) : english.getProperty(key);
        if (pattern == null) {
            throw new AssertionError("no such key in the bundle: " + key);
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return getText(Locale.ENGLISH, key, arguments);
    }

    @Override
    public String getText(String key) {
        return getText(Locale.ENGLISH, key);
    }

    @Override
    public String getRawText(String key) {
        return english.getProperty(key, key);
    }
}
