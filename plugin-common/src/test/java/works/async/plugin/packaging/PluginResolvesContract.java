package works.async.plugin.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import org.apache.felix.framework.FrameworkFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.VersionRange;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.FrameworkWiring;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Jar;

/**
 * The packaged jar resolves in an OSGi framework (Apache Felix) that offers exactly the packages its manifest imports,
 * each from a host bundle generated here with bnd out of the classes the build compiles against: the stand-ins of
 * atlassian-stubs and the real ActiveObjects, Spring, Jackson and jakarta jars on the test class path. A bundle
 * exports its package at the version its source jar's own manifest exports it (Jackson, jakarta), else at the floor of
 * the range the plugin imports, else unversioned (Spring and the stand-ins carry no OSGi versions). Host bundles import
 * what their classes use optionally, so only the plugin's own requirements decide. Resolving is the point: no Spring
 * extender runs, so the plugin's context is not started. What the product really exports (packages and versions) is not
 * known here; this proves the manifest is self-consistent and that a missing host package is caught at resolution.
 *
 * <p>Each product's IT extends this with its plugin's symbolic name and a package it cannot work without; failsafe
 * passes the packaged jar as {@code plugin.jar}. One instance runs all the tests, so the host bundles are built once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PluginResolvesContract {

    private Path pluginJar;
    private Parameters imports;
    /** The host bundle built for each imported package. */
    private Map<String, Path> hostBundles;

    /** Where the host bundles are written, for the whole class. */
    private Path bundles;

    private Framework framework;

    /** The plugin's Bundle-SymbolicName, which the framework names when it refuses to resolve it. */
    protected abstract String symbolicName();

    /** A host package the plugin cannot work without, withheld in the second test. */
    protected abstract String withheldPackage();

    @BeforeAll
    void buildHostBundles(@TempDir Path bundleDir) throws Exception {
        bundles = bundleDir;
        pluginJar = Path.of(System.getProperty("plugin.jar"));
        try (JarFile jar = new JarFile(pluginJar.toFile())) {
            imports = new Parameters(jar.getManifest().getMainAttributes().getValue(Constants.IMPORT_PACKAGE));
        }
        Map<String, List<File>> sources = packageSources();
        Map<String, Path> built = new LinkedHashMap<>();
        Set<String> unsourced = new TreeSet<>();
        for (Map.Entry<String, Attrs> imported : imports.entrySet()) {
            String pkg = imported.getKey();
            List<File> from = sources.get(pkg);
            if (from == null) {
                unsourced.add(pkg);
            } else {
                built.put(pkg, hostBundle(pkg, exportVersion(pkg, imported.getValue(), from), from));
            }
        }
        assertThat(unsourced).as("imported packages no jar on the test class path holds").isEmpty();
        assertThat(built).as("host bundles").containsKey(withheldPackage());
        hostBundles = built;
    }

    @AfterEach
    void stopFramework() throws Exception {
        if (framework != null) {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    @Test
    void resolvesAgainstBundlesExportingExactlyItsImports(@TempDir Path storage) throws Exception {
        Bundle plugin = installWithHostBundlesExcept(Set.of(), storage);

        boolean resolved = framework.adapt(FrameworkWiring.class).resolveBundles(List.of(plugin));

        assertThat(resolved).as("the plugin and every host bundle resolve").isTrue();
        assertThat(plugin.getState()).isEqualTo(Bundle.RESOLVED);
        assertThat(plugin.getSymbolicName()).isEqualTo(symbolicName());
    }

    @Test
    void failsToResolveNamingTheMissingPackageWhenOneIsWithheld(@TempDir Path storage) throws Exception {
        Bundle plugin = installWithHostBundlesExcept(Set.of(withheldPackage()), storage);

        boolean resolved = framework.adapt(FrameworkWiring.class).resolveBundles(List.of(plugin));

        assertThat(resolved).isFalse();
        assertThat(plugin.getState()).isEqualTo(Bundle.INSTALLED);
        // Starting forces resolution; the framework's refusal names the requirement nobody offers.
        assertThatThrownBy(plugin::start).isInstanceOf(BundleException.class)
                .hasMessageContaining(symbolicName())
                .hasMessageContaining("osgi.wiring.package=" + withheldPackage() + ")");
    }

    private Bundle installWithHostBundlesExcept(Set<String> withheld, Path storage) throws BundleException {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        framework = new FrameworkFactory().newFramework(config);
        framework.start();
        for (Map.Entry<String, Path> host : hostBundles.entrySet()) {
            if (!withheld.contains(host.getKey())) {
                framework.getBundleContext().installBundle(host.getValue().toUri().toString());
            }
        }
        return framework.getBundleContext().installBundle(pluginJar.toUri().toString());
    }

    /** A bundle that holds and exports one package, at the given version (null: unversioned). */
    private Path hostBundle(String pkg, String version, List<File> from) throws Exception {
        try (Builder builder = new Builder()) {
            for (File source : from) {
                builder.addClasspath(source);
            }
            builder.setProperty(Constants.BUNDLE_SYMBOLICNAME, "host." + pkg);
            builder.setProperty(Constants.BUNDLE_VERSION, "1.0.0");
            builder.setProperty(Constants.EXPORT_PACKAGE,
                    pkg + ";-split-package:=merge-first" + (version == null ? "" : ";version=\"" + version + "\""));
            builder.setProperty(Constants.IMPORT_PACKAGE, "*;resolution:=optional");
            builder.setProperty("-noextraheaders", "true");
            builder.setProperty("-nodefaultversion", "true");
            Jar jar = builder.build();
            assertThat(builder.getErrors()).as("bnd building the host bundle for " + pkg).isEmpty();
            Path out = bundles.resolve("host." + pkg + ".jar");
            jar.write(out.toFile());
            return out;
        }
    }

    /** The version the source jar's own manifest exports the package at, else the floor of the imported range. */
    private static String exportVersion(String pkg, Attrs imported, List<File> from) throws IOException {
        for (File source : from) {
            if (source.isFile()) {
                try (JarFile jar = new JarFile(source)) {
                    Manifest manifest = jar.getManifest();
                    String exports = manifest == null ? null : manifest.getMainAttributes().getValue(Constants.EXPORT_PACKAGE);
                    Attrs exported = exports == null ? null : new Parameters(exports).get(pkg);
                    if (exported != null && exported.getVersion() != null) {
                        return exported.getVersion();
                    }
                }
            }
        }
        String range = imported.getVersion();
        return range == null ? null : new VersionRange(range).getLeft().toString();
    }

    /**
     * Which class path entries hold classes of which package. Our own code (works.async) is left out: it is inside
     * the plugin jar, never a host's.
     */
    private static Map<String, List<File>> packageSources() throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Map<String, List<File>> sources = new TreeMap<>();
        for (String element : classPath.split(File.pathSeparator)) {
            File entry = new File(element);
            for (String pkg : packagesIn(entry)) {
                if (!pkg.startsWith("works.async")) {
                    sources.computeIfAbsent(pkg, p -> new ArrayList<>()).add(entry);
                }
            }
        }
        return sources;
    }

    private static Set<String> packagesIn(File entry) throws IOException {
        Set<String> packages = new TreeSet<>();
        if (entry.isFile() && entry.getName().endsWith(".jar")) {
            try (JarFile jar = new JarFile(entry)) {
                for (ZipEntry e : Collections.list(jar.entries())) {
                    addPackageOf(e.getName(), packages);
                }
            }
        } else if (entry.isDirectory()) {
            Path root = entry.toPath();
            try (Stream<Path> files = Files.walk(root)) {
                files.forEach(f -> addPackageOf(root.relativize(f).toString().replace(File.separatorChar, '/'), packages));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return packages;
    }

    private static void addPackageOf(String name, Set<String> packages) {
        int slash = name.lastIndexOf('/');
        if (name.endsWith(".class") && slash > 0 && !name.startsWith("META-INF/")) {
            packages.add(name.substring(0, slash).replace('/', '.'));
        }
    }
}
