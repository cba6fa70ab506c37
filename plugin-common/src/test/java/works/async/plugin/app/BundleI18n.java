package works.async.plugin.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import com.atlassian.sal.api.message.I18nResolver;

/** Resolves texts from bundles (the shared one by default) the way SAL does: a missing key answers itself. */
public final class BundleI18n implements I18nResolver {

    private final Properties texts = new Properties();

    public BundleI18n() {
        this("/i18n/async-work.properties");
    }

    /**
     * @param resources the bundles' class-path resources, e.g. a product's own {@code /i18n/async-work-jira.properties};
     *                  a later one's key wins, as one resolver over several bundles answers in the products
     */
    public BundleI18n(String... resources) {
        for (String resource : resources) {
            try (InputStream in = BundleI18n.class.getResourceAsStream(resource)) {
                texts.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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

    @Override
    public String getRawText(String key) {
        return getText(key);
    }

    /** One language here. */
    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        return getText(key, arguments);
    }
}
