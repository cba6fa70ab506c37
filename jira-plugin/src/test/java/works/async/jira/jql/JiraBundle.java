package works.async.jira.jql;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import com.atlassian.sal.api.message.I18nResolver;

/** The plugin's Jira bundle resolved as SAL does: MessageFormat over the texts, a missing key answers itself. */
final class JiraBundle implements I18nResolver {

    private final Properties texts = new Properties();

    JiraBundle() {
        try (InputStream in = JiraBundle.class.getResourceAsStream("/i18n/async-work-jira.properties")) {
            texts.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getText(String key) {
        return texts.getProperty(key, key);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return MessageFormat.format(getText(key), (Object[]) arguments);
    }

    /** One bundle, so every locale reads the same texts. */
    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        return getText(key, arguments);
    }

    @Override
    public String getRawText(String key) {
        return getText(key);
    }
}
