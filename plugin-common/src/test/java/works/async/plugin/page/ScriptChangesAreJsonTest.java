package works.async.plugin.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * How the pages' forms are protected from cross-site requests, in both products: no servlet takes a change (each
 * product's web modules test checks its servlets declare only GET); every change is a call of the shared {@code AW.api} helper, which sends its body as
 * {@code application/json}. A JSON request is one a foreign page cannot send without the browser asking the server
 * first, and Atlassian REST refuses the form-like content types such a page could send; so no token is needed, as long
 * as the scripts make every change this way, which this test keeps true.
 */
class ScriptChangesAreJsonTest {

    @Test
    void theSharedHelperSendsEveryBodyAsJson() throws IOException {
        String helper = script("async-work.js");
        int api = helper.indexOf("AW.api = function (base, method, path, body)");
        String apiBody = helper.substring(api, helper.indexOf("AW.clearErrors", api));

        assertThat(api).isNotNegative();
        assertThat(apiBody.replaceAll("\\s+", " ")).contains("if (body !== undefined) { "
                + "init.headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(body);");
    }

    @ParameterizedTest
    @ValueSource(strings = {"policy.js", "settings.js", "outbox.js", "panel.js", "report.js", "project-page.js"})
    void aScreensScriptChangesThingsOnlyThroughTheHelperAndAlwaysWithABody(String name) throws IOException {
        String script = script(name);

        assertThat(script).doesNotContain("fetch(").doesNotContain("XMLHttpRequest").doesNotContain(".ajax(")
                .doesNotContain(".submit()");
        List<List<String>> calls = apiCalls(script);
        assertThat(calls).isNotEmpty().allSatisfy(arguments -> {
            String method = arguments.get(1).trim();
            if (!method.equals("'GET'")) {
                assertThat(method).isIn("'PUT'", "'POST'", "'DELETE'");
                assertThat(arguments).as("a %s without a JSON body: %s", method, arguments).hasSize(4);
            }
        });
    }

    /** The arguments of each {@code AW.api(...)} call, split at the commas of the call itself. */
    private static List<List<String>> apiCalls(String script) {
        List<List<String>> calls = new ArrayList<>();
        for (int at = script.indexOf("AW.api("); at >= 0; at = script.indexOf("AW.api(", at + 1)) {
            List<String> arguments = new ArrayList<>();
            int depth = 0;
            StringBuilder current = new StringBuilder();
            for (int i = at + "AW.api(".length(); i < script.length(); i++) {
                char c = script.charAt(i);
                if (depth == 0 && (c == ',' || c == ')')) {
                    arguments.add(current.toString());
                    current.setLength(0);
                    if (c == ')') {
                        break;
                    }
                    continue;
                }
                depth += c == '(' || c == '{' || c == '[' ? 1 : c == ')' || c == '}' || c == ']' ? -1 : 0;
                current.append(c);
            }
            calls.add(arguments);
        }
        return calls;
    }

    private static String script(String name) throws IOException {
        try (InputStream in = ScriptChangesAreJsonTest.class.getResourceAsStream("/js/async-work/" + name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
