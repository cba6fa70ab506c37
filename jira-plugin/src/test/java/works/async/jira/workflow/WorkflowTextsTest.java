package works.async.jira.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every text the workflow modules show (refusals, editor views, module names) is in the Jira bundle. */
class WorkflowTextsTest {

    private static final Pattern GET_TEXT = Pattern.compile("getText\\(\"([^\"]+)\"\\)");
    private static final Pattern KEY_ATTRIBUTE = Pattern.compile("(?:i18n-name-key|key)=\"(async-work\\.jira\\.workflow\\.[^\"]+)\"");

    @Test
    void everyRefusalHasItsSentence() throws IOException {
        Properties bundle = bundle();
        Arrays.stream(OwnershipStanding.values()).map(OwnershipStanding::refusalKey).filter(Objects::nonNull)
                .forEach(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void everyKeyTheTemplatesAndTheDescriptorUseIsInTheBundle() throws IOException {
        Set<String> used = new TreeSet<>();
        used.addAll(matches(GET_TEXT, read("/templates/workflow/ownership-confirmed-form.vm")));
        used.addAll(matches(GET_TEXT, read("/templates/workflow/ownership-confirmed-view.vm")));
        used.addAll(matches(KEY_ATTRIBUTE, read("/atlassian-plugin.xml")));

        assertThat(used).hasSizeGreaterThan(10);
        assertThat(used).allSatisfy(key -> assertThat(bundle().getProperty(key)).as(key).isNotBlank());
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties bundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = WorkflowTextsTest.class.getResourceAsStream("/i18n/async-work-jira.properties")) {
            bundle.load(in);
        }
        return bundle;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = WorkflowTextsTest.class.getResourceAsStream(resource)) {
            return new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
