package works.async.plugin.wired;

import static works.async.plugin.wired.ByName.unfaked;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.log.NullLogChute;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * SAL's texts and the template renderer for a wired test, the same in both products: the plugin's real bundles, as
 * SAL reads them for the plugin, and Velocity from the class path, as the host's renderer reads a plugin's templates
 * (without its HTML escaping). The test's class path must hold Velocity (each product's pom has it for its wired test).
 */
public final class FakeSal {

    /** A text SAL was asked for, and in which language. */
    public record Asked(Locale locale, String key) {
    }

    private final String host;
    private final Supplier<Locale> requestLocale;
    private final Properties texts = new Properties();
    private final List<Asked> asked = Collections.synchronizedList(new ArrayList<>());
    private final VelocityEngine velocity = velocity();

    /**
     * @param bundles       the bundles the descriptor declares, as class path resources
     * @param requestLocale the language of the current request (its user's), for texts asked without one
     */
    public FakeSal(String host, List<String> bundles, Supplier<Locale> requestLocale) {
        this.host = host;
        this.requestLocale = requestLocale;
        for (String bundle : bundles) {
            try (InputStream in = FakeSal.class.getResourceAsStream(bundle)) {
                if (in == null) {
                    throw new AssertionError("no bundle " + bundle);
                }
                texts.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * SAL's texts: the plugin's bundles, in the language asked for or (without one) the current request's. The
     * bundles exist in English only, so every language reads the English texts, as SAL falls back to the default
     * bundle; which language was asked is recorded, and the due times, formatted by the plugin in that language, show
     * it too. A key missing from every bundle answers itself, as SAL does.
     */
    public I18nResolver i18nResolver() {
        return ByName.fake(host, I18nResolver.class, (method, args) -> switch (method) {
            case "getText" -> args[0] instanceof Locale locale ? resolve(locale, (String) args[1], varargs(args, 2))
                    : resolve(requestLocale.get(), (String) args[0], varargs(args, 1));
            case "getRawText" -> texts.getProperty((String) args[0], (String) args[0]);
            default -> unfaked();
        });
    }

    /** The template renderer: Velocity over the class path. */
    public TemplateRenderer templateRenderer() {
        return ByName.fake(host, TemplateRenderer.class, (method, args) -> switch (method) {
            case "render" -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> values = args.length == 3 ? (Map<String, Object>) args[1] : Map.of();
                Writer out = (Writer) args[args.length - 1];
                velocity.getTemplate((String) args[0], "UTF-8").merge(new VelocityContext(new HashMap<>(values)), out);
                yield null;
            }
            default -> unfaked();
        });
    }

    /** The texts SAL was asked for so far, in which language. */
    public List<Asked> asked() {
        return List.copyOf(asked);
    }

    /** The text of a key in the plugin's (English, the only) bundles, formatted as SAL formats it. */
    public String text(Locale locale, String key, Object... arguments) {
        String pattern = texts.getProperty(key);
        return pattern == null ? key : new MessageFormat(pattern, locale).format(arguments);
    }

    private Object resolve(Locale locale, String key, Object[] arguments) {
        asked.add(new Asked(locale, key));
        return text(locale, key, arguments);
    }

    private static Object[] varargs(Object[] args, int from) {
        if (args.length <= from) {
            return new Object[0];
        }
        return args[from] instanceof Serializable[] array ? array : new Object[] {args[from]};
    }

    private static VelocityEngine velocity() {
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADER, "class");
        p.setProperty("class.resource.loader.class", ClasspathResourceLoader.class.getName());
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        p.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, NullLogChute.class.getName());
        VelocityEngine engine = new VelocityEngine();
        engine.init(p);
        return engine;
    }
}
