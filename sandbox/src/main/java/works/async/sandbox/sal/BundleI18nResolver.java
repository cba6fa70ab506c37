package works.async.sandbox.sal;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.atlassian.sal.api.message.I18nResolver;

/**
 * SAL's I18nResolver over the plugins' bundles on the classpath, the first bundle that has a key winning, with
 * MessageFormat arguments as SAL applies them (so {@code ''} is one quote in every text). A missing key comes back
 * as the key itself, as in the products.
 */
public final class BundleI18nResolver implements I18nResolver {

    /** The shared bundle of plugin-common, then the sandbox's own strings. */
    public static final List<String> DEFAULT_BUNDLES = List.of("i18n/async-work", "i18n/async-work-ui", SandboxText.BUNDLE);

    private final List<ResourceBundle> bundles;

    public BundleI18nResolver(List<String> baseNames) {
        List<ResourceBundle> found = new ArrayList<>();
        for (String name : baseNames) {
            try {
                found.add(ResourceBundle.getBundle(name, Locale.ROOT));
            } catch (MissingResourceException e) {
                // A bundle that is not there yet (another module) adds no keys.
            }
        }
        this.bundles = List.copyOf(found);
    }

    public static BundleI18nResolver standard() {
        return new BundleI18nResolver(DEFAULT_BUNDLES);
    }

    @Override
    public String getText(String key) {
        return getText(key, new Serializable[0]);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        String raw = getRawText(key);
        if (raw.equals(key) && !has(key)) {
            return key;
        }
        return new MessageFormat(raw, Locale.ROOT).format(arguments == null ? new Object[0] : arguments);
    }

    @Override
    public String getRawText(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return key;
    }

    /** The sandbox has one language: every locale gets its texts. */
    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        return getText(key, arguments);
    }

    private boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }
}
