package works.async.plugin.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import aQute.bnd.osgi.Analyzer;
import aQute.bnd.osgi.Descriptors.PackageRef;
import aQute.bnd.osgi.Jar;
import aQute.bnd.header.Parameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import works.async.plugin.ao.AoModel;

/**
 * Checks on a packaged plugin jar, as UPM would receive it: our code embedded, no Atlassian
 * stand-ins inside, and a manifest and descriptor that agree. Run by failsafe after packaging.
 */
public abstract class PluginJarContract {

    private JarFile jar;

    /** The key both the manifest and the descriptor must carry. */
    protected abstract String pluginKey();

    @BeforeEach
    void openJar() throws IOException {
        String path = System.getProperty("plugin.jar");
        assertThat(path).as("failsafe passes the packaged jar as plugin.jar").isNotBlank();
        assertThat(Files.exists(Path.of(path))).as(path + " exists").isTrue();
        jar = new JarFile(path);
    }

    @Test
    void containsNoAtlassianClassesSoTheHostsOwnAreUsed() {
        List<String> atlassian = Collections.list(jar.entries()).stream().map(ZipEntry::getName)
                .filter(name -> name.startsWith("com/atlassian/")).toList();

        assertThat(atlassian).isEmpty();
    }

    @Test
    void embedsTheSharedCodeAndTheCore() {
        assertThat(jar.getEntry("works/async/core/DomainException.class")).isNotNull();
        assertThat(jar.getEntry("works/async/plugin/spring/SharedPluginBeans.class")).isNotNull();
    }

    @Test
    void manifestNamesThePluginAndImportsExplicitly() throws IOException {
        Attributes main = jar.getManifest().getMainAttributes();

        assertThat(main.getValue("Atlassian-Plugin-Key")).isEqualTo(pluginKey());
        assertThat(main.getValue("Bundle-SymbolicName")).isEqualTo(pluginKey());
        assertThat(main.getValue("Spring-Context")).isEqualTo("*");
        String imports = main.getValue("Import-Package");
        assertThat(imports).contains("com.atlassian.sal.api.user", "com.atlassian.activeobjects.external")
                .doesNotContain("*").doesNotContain("resolution:=optional");
    }

    @Test
    void importsEveryOutsidePackageItsClassesUse() throws Exception {
        // A package used but neither embedded nor imported fails only at run time in the host,
        // with a NoClassDefFoundError: catch it here instead.
        Set<String> missing = new TreeSet<>();
        try (Jar bundle = new Jar(new java.io.File(jar.getName())); Analyzer analyzer = new Analyzer()) {
            analyzer.setJar(bundle);
            analyzer.analyze();
            Set<String> imported = new Parameters(jar.getManifest().getMainAttributes().getValue("Import-Package")).keySet();
            for (PackageRef used : analyzer.getReferred().keySet()) {
                if (!used.isJava() && !analyzer.getContained().containsKey(used) && !imported.contains(used.getFQN())) {
                    missing.add(used.getFQN());
                }
            }
            analyzer.setJar((Jar) null);
        }

        assertThat(missing).as("packages used but not imported; add them to bnd.bnd").isEmpty();
    }

    @Test
    void descriptorCarriesTheKeyAndDataCenterCompatibility() throws IOException {
        String descriptor = read("atlassian-plugin.xml");

        assertThat(descriptor).contains("key=\"" + pluginKey() + "\"")
                .contains("<param name=\"atlassian-data-center-compatible\">true</param>")
                .contains("<ao key=\"ao\" namespace=\"" + pluginKey() + "\"")
                .doesNotContain("${");
        assertThat(read("META-INF/spring/plugin-context.xml")).contains("<context:annotation-config/>")
                .doesNotContain("component-scan");
    }

    @Test
    void aoModuleListsTheModelsEntitiesAndEveryPackagedUpgradeTaskInVersionOrder() throws Exception {
        PluginDescriptor descriptor;
        try (InputStream in = jar.getInputStream(jar.getEntry("atlassian-plugin.xml"))) {
            descriptor = PluginDescriptor.parse(in);
        }
        // AO creates exactly the tables the descriptor lists; one the model has but the list lacks is never created.
        List<String> model = AoModel.entities().stream().map(Class::getName).toList();
        // AO runs only the listed tasks: one packaged but not listed would leave every install on the old schema.
        List<ActiveObjectsUpgradeTask> packaged = new ArrayList<>();
        for (String entry : Collections.list(jar.entries()).stream().map(ZipEntry::getName).toList()) {
            if (entry.startsWith("works/async/") && entry.endsWith(".class")) {
                Class<?> type = Class.forName(entry.substring(0, entry.length() - 6).replace('/', '.'), false,
                        getClass().getClassLoader());
                if (ActiveObjectsUpgradeTask.class.isAssignableFrom(type) && !type.isInterface()
                        && !Modifier.isAbstract(type.getModifiers())) {
                    packaged.add((ActiveObjectsUpgradeTask) type.getDeclaredConstructor().newInstance());
                }
            }
        }
        packaged.sort(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion));

        assertThat(descriptor.aoEntities()).isEqualTo(model);
        assertThat(packaged).isNotEmpty();
        assertThat(descriptor.upgradeTasks()).isEqualTo(packaged.stream().map(t -> t.getClass().getName()).toList());
    }

    private String read(String entry) throws IOException {
        ZipEntry zipEntry = jar.getEntry(entry);
        assertThat(zipEntry).as(entry).isNotNull();
        try (InputStream in = jar.getInputStream(zipEntry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
