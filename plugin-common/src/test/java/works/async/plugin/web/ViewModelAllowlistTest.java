package works.async.plugin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Templates in Jira 10+ and Confluence 9+ may call only allowlisted methods: each plugin lists exactly the view
 * models' methods, so a template never fails in the product over a forgotten entry, and nothing else (no service)
 * becomes callable from a template.
 */
class ViewModelAllowlistTest {

    @ParameterizedTest
    @ValueSource(strings = {"../jira-plugin/src/main/resources/atlassian-plugin.xml",
            "../confluence-plugin/src/main/resources/atlassian-plugin.xml"})
    void eachPluginAllowsExactlyTheViewModelMethods(String descriptor) throws Exception {
        Set<String> listed = allowlist(Path.of(descriptor));
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

    static Set<String> allowlist(Path descriptor) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document doc;
        try (InputStream in = Files.newInputStream(descriptor)) {
            doc = factory.newDocumentBuilder().parse(in);
        } catch (IOException e) {
            throw e;
        }
        Set<String> methods = new TreeSet<>();
        NodeList nodes = doc.getElementsByTagName("velocity-allowlist");
        for (int i = 0; i < nodes.getLength(); i++) {
            NodeList items = ((org.w3c.dom.Element) nodes.item(i)).getElementsByTagName("method");
            for (int j = 0; j < items.getLength(); j++) {
                methods.add(items.item(j).getTextContent().trim());
            }
        }
        return methods;
    }
}
