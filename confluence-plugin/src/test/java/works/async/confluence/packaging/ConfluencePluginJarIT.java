package works.async.confluence.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

import works.async.plugin.packaging.PluginJarContract;

class ConfluencePluginJarIT extends PluginJarContract {

    @Override
    protected String pluginKey() {
        return "works.async.confluence";
    }

    /** The macros render plugin-common's templates with its bundles, loaded from the plugin's own jar. */
    @Test
    void embedsTheSharedTemplatesAndBundles() throws IOException {
        try (JarFile jar = new JarFile(System.getProperty("plugin.jar"))) {
            assertThat(jar.getEntry("templates/macro/report.vm")).as("the report macro's template").isNotNull();
            assertThat(jar.getEntry("templates/macro/action-item.vm")).as("the action item macro's template").isNotNull();
            assertThat(jar.getEntry("i18n/async-work.properties")).as("the shared bundle").isNotNull();
            assertThat(jar.getEntry("i18n/async-work-ui.properties")).as("the shared UI bundle").isNotNull();
            assertThat(jar.getEntry("i18n/async-work-confluence.properties")).as("Confluence's own bundle").isNotNull();
        }
    }
}
