package works.async.plugin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import works.async.plugin.packaging.PluginDescriptor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Templates in Jira 10+ and Confluence 9+ may call only allowlisted methods: each plugin lists exactly the view
 * models' methods, so a template never fails in the product over a forgotten entry, and nothing else (no service)
 * becomes callable from a template.
 */
class ViewModelAllowlistTest {

    @ParameterizedTest
    @ValueSource(strings = {"../jira-plugin", "../confluence-plugin"})
    void eachPluginAllowsExactlyTheViewModelMethods(String descriptor) throws Exception {
        Set<String> listed = PluginDescriptor.of(Path.of(descriptor)).velocityAllowlist();
        Set<String> needed = ViewModels.allowlistEntries();
        assertThat(listed)
                .as("<velocity-allowlist> of %s; expected entries:%n%s", descriptor, needed.stream()
                        .map(e -> "    <method>" + e + "</method>").collect(Collectors.joining("\n")))
                .containsExactlyInAnyOrderElementsOf(needed);
    }

    @Test
    void viewModelsAreImmutableRecords() {
        assertThat(ViewModels.all()).isNotEmpty().allSatisfy(type -> assertThat(type.isRecord())
                .as("%s should be a record (immutable, no setters)", type.getName()).isTrue());
    }
}
