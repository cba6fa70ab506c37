package works.async.plugin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import works.async.core.escalation.DeadlineKind;
import works.async.core.ownership.OwnershipState;
import works.async.core.policy.PolicyField;
import works.async.core.report.FeedbackKind;

/** Every string the UI shows comes from the bundle: no template or view model asks for a key it lacks. */
class UiBundleTest {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("getText\\(\\s*[\"']([^\"']+)[\"']");
    private static final Pattern JAVA_KEY = Pattern.compile("\"(async\\.ui\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

    @Test
    void everyKeyTheTemplatesUseExists() throws IOException {
        assertThat(missing(keysIn(Path.of("src/main/resources/templates"), TEMPLATE_KEY))).isEmpty();
    }

    @Test
    void everyKeyTheViewModelsUseExists() throws IOException {
        Set<String> keys = keysIn(Path.of("src/main/java/works/async/plugin/web"), JAVA_KEY);
        for (OwnershipState state : OwnershipState.values()) {
            keys.add("async.ui.ownership.state." + state.name().toLowerCase());
        }
        for (FeedbackKind kind : FeedbackKind.values()) {
            keys.add("async.ui.feedback.kind." + kind.name().toLowerCase());
        }
        for (DeadlineKind kind : DeadlineKind.values()) {
            keys.add("async.ui.outbox.about." + kind.name().toLowerCase());
        }
        for (PolicyField<?> field : PolicyField.ALL) {
            keys.add("async.ui.policy.field." + field.path());
            keys.add("async.ui.policy.field." + field.path() + ".description");
            keys.add("async.ui.policy.section." + field.path().substring(0, field.path().indexOf('.')));
        }
        for (String verb : List.of("confirmed", "declined")) {
            keys.add("async.ui.ownership.acted." + verb);
            keys.add("async.ui.ownership.acted." + verb + ".behalf");
        }
        for (String count : List.of("acknowledged", "questions", "objections", "silent")) {
            keys.add("async.ui.report.outcome." + count + ".one");
            keys.add("async.ui.report.outcome." + count + ".other");
        }
        assertThat(missing(keys)).isEmpty();
    }

    @Test
    void everyMessageIsAValidPattern() throws IOException {
        Properties bundle = bundle();
        List<String> broken = new ArrayList<>();
        for (String key : bundle.stringPropertyNames()) {
            try {
                new MessageFormat(bundle.getProperty(key));
            } catch (IllegalArgumentException e) {
                broken.add(key);
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void apostrophesAreDoubledSoMessageFormatKeepsThem() throws IOException {
        Properties bundle = bundle();
        List<String> lost = new ArrayList<>();
        for (String key : bundle.stringPropertyNames()) {
            if (bundle.getProperty(key).replace("''", "").contains("'")) {
                lost.add(key);
            }
        }
        assertThat(lost).isEmpty();
    }

    private static Set<String> missing(Set<String> keys) throws IOException {
        Properties bundle = bundle();
        Set<String> missing = new TreeSet<>(keys);
        // A counted text (Texts#count) is asked for by its base key and needs its ".one" and ".other" forms.
        missing.removeIf(k -> bundle.containsKey(k)
                || bundle.containsKey(k + ".one") && bundle.containsKey(k + ".other"));
        return missing;
    }

    static Properties bundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = UiBundleTest.class.getResourceAsStream("/i18n/async-work-ui.properties")) {
            bundle.load(in);
        }
        return bundle;
    }

    private static Set<String> keysIn(Path root, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }
}
