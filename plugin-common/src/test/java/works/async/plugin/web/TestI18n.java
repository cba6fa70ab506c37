package works.async.plugin.web;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The UI bundle as a host's I18nResolver serves it (MessageFormat, unknown keys echoed), for tests. */
public final class TestI18n implements I18nResolver {

    private final Properties bundle;

    private TestI18n(Properties bundle) {
        this.bundle = bundle;
    }

    public static TestI18n bundle() {
        try {
            return new TestI18n(UiBundleTest.bundle());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getText(String key) {
        return getText(key, new Serializable[0]);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        String pattern = bundle.getProperty(key);
        return pattern == null ? key : new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }

    @Override
    public String getRawText(String key) {
        return bundle.getProperty(key, key);
    }

    /** One language here. */
    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        return getText(key, arguments);
    }
}
