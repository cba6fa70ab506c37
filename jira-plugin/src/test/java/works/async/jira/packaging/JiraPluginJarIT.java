package works.async.jira.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

import works.async.plugin.packaging.PluginJarContract;

class JiraPluginJarIT extends PluginJarContract {

    @Override
    protected String pluginKey() {
        return "works.async.jira";
    }

    /** The host loads templates and bundles from the plugin's jar: plugin-common's must be packaged with its classes. */
    @Test
    void embedsTheSharedTemplatesAndBundles() throws IOException {
        try (JarFile jar = new JarFile(System.getProperty("plugin.jar"))) {
            assertThat(jar.getEntry("templates/mail/notification.vm")).as("the mail template").isNotNull();
            assertThat(jar.getEntry("templates/panel/issue-panel.vm")).as("the issue panel template").isNotNull();
            assertThat(jar.getEntry("i18n/async-work.properties")).as("the shared bundle").isNotNull();
            assertThat(jar.getEntry("i18n/async-work-ui.properties")).as("the shared UI bundle").isNotNull();
            assertThat(jar.getEntry("i18n/async-work-jira.properties")).as("Jira's own bundle").isNotNull();
        }
    }
}
