package works.async.jira.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Every refusal of the workflow modules has its sentence in the Jira bundle. (The keys of their editor views and
 * module names are checked with every other key by JiraDescriptorTest.)
 */
class WorkflowTextsTest {

    @Test
    void everyRefusalHasItsSentence() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = WorkflowTextsTest.class.getResourceAsStream("/i18n/async-work-jira.properties")) {
            bundle.load(in);
        }
        Arrays.stream(OwnershipStanding.values()).map(OwnershipStanding::refusalKey).filter(Objects::nonNull)
                .forEach(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }
}
