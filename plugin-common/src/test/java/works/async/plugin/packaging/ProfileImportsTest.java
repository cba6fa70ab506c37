package works.async.plugin.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import aQute.bnd.header.OSGiHeader;
import aQute.bnd.osgi.Builder;

/**
 * What each plugin's manifest imports in each build, as bnd computes the {@code Import-Package} instruction: the default
 * build reads the module's {@code bnd.bnd} alone; the {@code atlassian} profile includes
 * {@code osgi-javaconfig-embedded.bnd} after it (as its AMPS {@code <_include>} does), because there the real
 * osgi-javaconfig is embedded. The default jar is also resolved in Felix (each product's IT on
 * {@link PluginResolvesContract}); the profile's jar cannot be built here, so this is the check its manifest gets.
 */
class ProfileImportsTest {

    private static final String JAVACONFIG = "com.atlassian.plugins.osgi.javaconfig";

    @ParameterizedTest
    @ValueSource(strings = {"jira-plugin", "confluence-plugin"})
    void theDefaultBuildImportsTheStandInLibraryAndNothingItNeeds(String module) throws Exception {
        List<String> imports = imports(module, "bnd.bnd");

        assertThat(imports).contains(JAVACONFIG, "com.atlassian.sal.api.user", "org.springframework.context.annotation")
                .doesNotHaveDuplicates()
                .noneMatch(p -> p.startsWith("org.springframework.cglib") || p.startsWith("org.eclipse.gemini"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jira-plugin", "confluence-plugin"})
    void theAtlassianProfileImportsWhatTheEmbeddedLibraryNeedsInsteadOfTheLibrary(String module) throws Exception {
        List<String> standalone = imports(module, "bnd.bnd");
        List<String> embedded = imports(module, "bnd.bnd, ../osgi-javaconfig-embedded.bnd");

        assertThat(embedded).doesNotContain(JAVACONFIG).doesNotHaveDuplicates()
                .containsAll(standalone.stream().filter(p -> !p.equals(JAVACONFIG)).toList())
                // what CGLIB-enhanced @Configuration classes need, named by the library's Imports class
                .contains("org.springframework.cglib.core", "org.springframework.cglib.proxy", "org.springframework.cglib.reflect")
                // what its OsgiServices and ImportOptions use to import and export services
                .contains("org.springframework.beans.factory", "org.springframework.beans.factory.config",
                        "org.eclipse.gemini.blueprint.service.importer.support",
                        "org.eclipse.gemini.blueprint.service.exporter.support", "org.osgi.framework",
                        "com.atlassian.plugin.osgi.external")
                .noneMatch(p -> p.contains("*") || p.contains("${"));
    }

    /** The packages of the Import-Package instruction the given bnd files (comma-separated, in order) produce. */
    private static List<String> imports(String module, String includes) throws Exception {
        try (Builder builder = new Builder()) {
            Properties instructions = new Properties();
            instructions.setProperty("jira.plugin.key", "works.async.jira");
            instructions.setProperty("confluence.plugin.key", "works.async.confluence");
            instructions.setProperty("-include", includes);
            builder.setProperties(new File("..", module).getCanonicalFile(), instructions);
            String header = builder.getProperty("Import-Package");
            assertThat(builder.getErrors()).as("bnd reading " + includes).isEmpty();
            assertThat(header).as("Import-Package of " + module).isNotBlank();
            // bnd's own header parser: attributes such as version="[6.0,7)" hold commas. A package named twice
            // comes back with a '~' appended, so stripping it keeps the duplicate visible to the callers' check.
            return OSGiHeader.parseHeader(header).keyList().stream().map(p -> p.replace("~", "")).toList();
        }
    }
}
