package works.async.plugin.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import works.async.core.ErrorCode;

/**
 * Every error and problem code the product can answer with has its own text in the shared bundle, so nobody reads
 * the generic "not valid" (or an English text from a domain rule) where a specific message belongs.
 */
class ErrorTextsTest {

    private static final Pattern PROBLEM = Pattern.compile("new FieldProblem\\([^;]*?,\\s*\"(\\w+)\"", Pattern.DOTALL);
    private static final List<Path> SOURCES = List.of(Path.of("../core/src/main/java"), Path.of("src/main/java"));

    @Test
    void everyCodeRaisedInTheSourcesHasAText() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/async-work.properties")) {
            bundle.load(in);
        }
        // Every error code (ErrorCodeTextsTest checks them in every locale), and every form problem code.
        Set<String> codes = new TreeSet<>(Arrays.stream(ErrorCode.values()).map(ErrorCode::id).toList());
        codes.addAll(codes(PROBLEM));

        assertThat(codes).hasSizeGreaterThan(30);
        assertThat(codes).filteredOn(c -> !bundle.containsKey(Messages.ERROR_PREFIX + c)
                && !bundle.containsKey(Messages.PROBLEM_PREFIX + c)).isEmpty();
        assertThat(codes(PROBLEM)).filteredOn(c -> !bundle.containsKey(Messages.PROBLEM_PREFIX + c)).isEmpty();
    }

    private static Set<String> codes(Pattern pattern) throws IOException {
        Set<String> codes = new TreeSet<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = pattern.matcher(Files.readString(file));
                    while (m.find()) {
                        codes.add(m.group(1));
                    }
                }
            }
        }
        return codes;
    }
}
