package works.async.plugin.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.atlassian.sal.api.message.I18nResolver;

import works.async.core.ErrorCode;
import works.async.plugin.packaging.PluginBundles;
import works.async.plugin.packaging.PluginDescriptor;

/**
 * Every refusal a person can be shown has a text of its own, in every language each product ships: for each product
 * (the i18n resources its descriptor declares) and each locale any of those bundles comes in, {@link Messages} over
 * that locale's files finds a specific text for every {@link ErrorCode}, not the generic text of its kind. A
 * translation must carry every code itself, since falling back to English is what this guards against. (The sandbox
 * resolves through these same bundles; its own test checks its resolver.)
 */
class ErrorCodeTextsTest {

    private static final String NO_TEXT = "no_text_of_its_own";

    @Test
    void everyCodeHasATextInEveryLocaleOfEveryProduct() throws IOException {
        List<String> checked = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String product : List.of("jira-plugin", "confluence-plugin")) {
            Map<String, Properties> locales = localesOf(product);
            assertThat(locales).as(product + " ships the shared bundle's texts").containsKey("");
            locales.forEach((locale, texts) -> {
                checked.add(product + "[" + locale + "]");
                missingTexts(texts).forEach(code -> missing.add(product + "[" + locale + "] " + code.id()));
            });
        }
        assertThat(checked).contains("jira-plugin[]", "confluence-plugin[]");
        assertThat(missing).isEmpty();
    }

    @Test
    void theCheckFindsACodeWhoseTextIsMissing() throws IOException {
        Properties texts = localesOf("jira-plugin").get("");
        assertThat(missingTexts(texts)).isEmpty();

        texts.remove(Messages.ERROR_PREFIX + ErrorCode.REPORT_CLOSED.id());
        // invalid_time has only a form-problem text, which is also its text as an error.
        texts.remove(Messages.PROBLEM_PREFIX + ErrorCode.INVALID_TIME.id());

        assertThat(missingTexts(texts)).containsExactly(ErrorCode.INVALID_TIME, ErrorCode.REPORT_CLOSED);
    }

    @Test
    void everyWireIdIsDistinct() {
        assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::id)).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z]+(_[a-z]+)*"));
    }

    /** The codes for which Messages, reading only these texts, falls back to the generic text. */
    static Set<ErrorCode> missingTexts(Properties texts) {
        Messages messages = new Messages(new PropertiesI18n(texts));
        Set<ErrorCode> missing = new TreeSet<>();
        for (ErrorCode code : ErrorCode.values()) {
            if (messages.error(code.id(), NO_TEXT).equals(Messages.ERROR_PREFIX + NO_TEXT)) {
                missing.add(code);
            }
        }
        return missing;
    }

    /** The texts of one product by locale ({@code ""} for the default), merged over all its declared bundles. */
    private static Map<String, Properties> localesOf(String product) {
        Path module = Path.of("..", product);
        assertThat(PluginDescriptor.of(module).i18nBundles()).as(product + " declares the shared bundle")
                .contains("i18n/async-work");
        return PluginBundles.byLocale(module);
    }

    /** SAL's contract over plain properties: a missing key answers itself. */
    private record PropertiesI18n(Properties texts) implements I18nResolver {
        @Override
        public String getText(String key) {
            return texts.getProperty(key, key);
        }

        @Override
        public String getText(String key, Serializable... arguments) {
            return getText(key);
        }

        @Override
        public String getRawText(String key) {
            return getText(key);
        }

        /** One language here. */
        @Override
        public String getText(Locale locale, String key, Serializable... arguments) {
            return getText(key, arguments);
        }
    }
}
