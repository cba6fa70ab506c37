package works.async.plugin.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import net.jqwik.api.statistics.Statistics;

/** What every answer to generated input must be: a success, or a refusal naming the field; never a 5xx. */
final class Answers {

    private Answers() {
    }

    /** True when the write was accepted; otherwise asserts that the refusal is a 4xx naming the field. */
    static boolean acceptedOrRefusedByField(RestHarness.Reply reply, String sent) {
        assertThat(reply.status()).as("status for %s: %s", abbreviated(sent), reply.raw()).isLessThan(500);
        // Shown in the report, so a reader can see the generated values reach both outcomes.
        Statistics.collect(reply.status() < 300 ? "accepted" : "refused " + reply.body().path("error").asText());
        if (reply.status() < 300) {
            return true;
        }
        assertThat(reply.status()).as(reply.raw()).isIn(400, 409);
        assertThat(reply.raw()).doesNotContain("Exception", "works.async.", "\tat ");
        JsonNode body = reply.body();
        assertThat(body.get("error").asText()).isNotBlank();
        assertThat(body.get("message").asText()).as("from the bundle, not a key").doesNotStartWith("async-work.");
        boolean named = body.hasNonNull("field") && !body.get("field").asText().isBlank();
        JsonNode problems = body.get("problems");
        if (problems != null) {
            assertThat(problems).isNotEmpty();
            problems.forEach(p -> assertThat(p.get("field").asText()).as(reply.raw()).isNotBlank());
            named = true;
        }
        assertThat(named).as("names the field: %s", reply.raw()).isTrue();
        return false;
    }

    private static String abbreviated(String text) {
        return text == null || text.length() < 300 ? text : text.substring(0, 300) + "…";
    }
}
