package works.async.plugin.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The texts a plugin ships, by locale: the i18n bundles its descriptor declares, looked up in its own resources and in
 * plugin-common's (whose bundles and templates it embeds), with every locale variant found beside them.
 */
public final class PluginBundles {

    /** A bundle's base name, then an optional locale such as {@code _de} or {@code _pt_BR}. */
    private static final String LOCALE_SUFFIX = "(_[A-Za-z]{2,3}(?:_[A-Za-z0-9]+)*)?\\.properties";

    private PluginBundles() {
    }

    /**
     * The texts of one plugin by locale ({@code ""} for the default), merged over all its declared bundles. A locale's
     * map holds only what its own files say: a key missing there falls back to English in the product, which is what
     * checking every locale guards against.
     *
     * @param module the plugin's module directory, e.g. {@code ../jira-plugin}
     */
    public static Map<String, Properties> byLocale(Path module) {
        List<String> bundles = PluginDescriptor.of(module).i18nBundles();
        Map<String, Properties> byLocale = new TreeMap<>();
        for (Path root : List.of(module.resolve("src/main/resources"), module.resolve("../plugin-common/src/main/resources"))) {
            for (String bundle : bundles) {
                Path dir = root.resolve(bundle).getParent();
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                Pattern file = Pattern.compile(Pattern.quote(Path.of(bundle).getFileName().toString()) + LOCALE_SUFFIX);
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Matcher name = file.matcher(f.getFileName().toString());
                        if (name.matches()) {
                            load(f, byLocale.computeIfAbsent(name.group(1) == null ? "" : name.group(1), l -> new Properties()));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return byLocale;
    }

    private static void load(Path file, Properties into) {
        try (InputStream in = Files.newInputStream(file)) {
            Properties texts = new Properties();
            texts.load(in);
            into.putAll(texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
