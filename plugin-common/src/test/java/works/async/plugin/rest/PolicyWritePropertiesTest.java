package works.async.plugin.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static works.async.plugin.rest.EdgyValues.object;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Every policy scope's PUT, driven with generated values at and beyond every bound: a 2xx whose value reads back
 * intact and that an escalation pass can compute with, or a 4xx naming the field that leaves the stored policy as it
 * was; never a 5xx.
 */
class PolicyWritePropertiesTest {

    private static final List<String> SCOPES = List.of("policies/global", "policies/projects/DEMO",
            "policies/projects/DEMO/types/Task");

    private RestHarness rest;

    @BeforeProperty
    void openARequestTheJobWillLookAt() {
        rest = new RestHarness();
        rest.f.host.groups.put("leads", Set.of("carol"));
        rest.post("carol", "issues/DEMO-1/reply-requests", RestHarness.json("{'recipient':'bob','question':'Ready?'}"));
    }

    @Property(tries = 200)
    void aPolicyPutIsAcceptedIntactOrRefusedNamingTheField(@ForAll("scopes") String scope,
                                                           @ForAll("policies") Map<String, Object> body) {
        JsonNode before = rest.get("admin", scope).body().get("own");
        if (scope.equals("policies/global")) {
            body = withGlobalDefaults(body, before);
        }
        String sent = EdgyValues.json(body);

        RestHarness.Reply put = rest.put("admin", scope, sent);

        RestHarness.Reply read = rest.get("admin", scope);
        assertThat(read.status()).as(read.raw()).isEqualTo(200);
        if (Answers.acceptedOrRefusedByField(put, sent)) {
            assertThat(read.body().get("own")).as("read back as saved").isEqualTo(put.body().get("own"));
            assertSentValuesIntact(EdgyValues.asReceived(sent), read.body().get("own"));
            rest.f.clock.set(rest.f.clock.instant().plus(Duration.ofHours(3)));
            rest.f.app.escalation().runOnce();
        } else {
            assertThat(read.body().get("own")).as("nothing half-saved").isEqualTo(before);
        }
        assertThat(rest.get("alice", "issues/DEMO-1/async").status()).isEqualTo(200);
    }

    @Provide
    Arbitrary<String> scopes() {
        return Arbitraries.of(SCOPES);
    }

    @Provide
    Arbitrary<Map<String, Object>> policies() {
        Arbitrary<Map<String, Object>> who = Combinators.combine(Arbitraries.of("USER", "GROUP", "ROBOT"), people())
                .as((kind, name) -> object("kind", kind, "name", name));
        Arbitrary<Map<String, Object>> ownership = Combinators.combine(Arbitraries.of(true, false).injectNull(0.5),
                        EdgyValues.minutes().injectNull(0.5), EdgyValues.lists(who).injectNull(0.3))
                .as((required, window, coordinators) -> object("confirmationRequired", required,
                        "confirmationWindow", window, "coordinators", coordinators));
        Arbitrary<Map<String, Object>> reply = Combinators.combine(EdgyValues.minutes().injectNull(0.5), priorities().injectNull(0.4),
                        Arbitraries.of(0.0, 0.5, 0.75, 1.0, -3.0, 1e300).injectNull(0.5), target().injectNull(0.5))
                .as((window, windows, fraction, target) -> object("defaultWindow", window, "windowsByPriority", windows,
                        "reminderFraction", fraction, "escalationTarget", target));
        Arbitrary<Map<String, Object>> notifications = EdgyValues.times().injectNull(0.3)
                .map(at -> object("dailyDigest", true, "digestAt", at));
        Arbitrary<Map<String, Object>> reports = Combinators.combine(EdgyValues.minutes().injectNull(0.5),
                        EdgyValues.lists(EdgyValues.names()).injectNull(0.4))
                .as((window, reviewers) -> object("feedbackWindow", window, "defaultReviewers", reviewers));
        Arbitrary<Map<String, Object>> agreement = Combinators.combine(EdgyValues.prose().injectNull(0.4),
                        EdgyValues.prose().injectNull(0.6))
                .as((channels, urgent) -> object("channels", channels, "urgentPath", urgent));
        Arbitrary<List<String>> holidays = Arbitraries.oneOf(EdgyValues.dayRuns(), EdgyValues.dates().list().ofMaxSize(5));
        Arbitrary<Map<String, Object>> calendar = Combinators.combine(week().injectNull(0.5), holidays.injectNull(0.3))
                .as((pattern, days) -> object("defaultPattern", pattern, "holidays", days));
        return Combinators.combine(ownership.injectNull(0.5), reply.injectNull(0.5), notifications.injectNull(0.7),
                        reports.injectNull(0.6), agreement.injectNull(0.6), calendar.injectNull(0.5))
                .as((o, r, n, rep, a, c) -> object("ownership", o, "reply", r, "notifications", n, "reports", rep,
                        "agreement", a, "calendar", c));
    }

    private static Arbitrary<Map<String, Object>> priorities() {
        Arbitrary<Map<String, Long>> few = Arbitraries.maps(EdgyValues.names(), EdgyValues.minutes()).ofMaxSize(4);
        Arbitrary<Map<String, Long>> many = Arbitraries.of(10, 11).map(n -> {
            Map<String, Long> windows = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                windows.put("Priority " + i + "p".repeat(i * 3), 60L * (i + 1));
            }
            return windows;
        });
        return Arbitraries.oneOf(few, many).map(LinkedHashMap::new);
    }

    /** Edgy names, and names of the host's users and group in any case (only those can be saved). */
    private static Arbitrary<String> people() {
        return Arbitraries.oneOf(EdgyValues.names(), Arbitraries.of("alice", "Bob", "leads", "LEADS"));
    }

    private static Arbitrary<Map<String, Object>> target() {
        return Combinators.combine(Arbitraries.of("REPORTER", "CONTAINER_LEAD", "GROUP", "GROUP", "NOBODY"), people())
                .as((kind, group) -> object("kind", kind, "group", "GROUP".equals(kind) ? group : null));
    }

    private static Arbitrary<Map<String, Object>> week() {
        Arbitrary<List<String>> interval = Combinators.combine(EdgyValues.times(), EdgyValues.times()).as(List::of);
        Arbitrary<List<List<String>>> day = Arbitraries.oneOf(interval.list().ofMaxSize(2),
                Arbitraries.of(5, 6).map(PolicyWritePropertiesTest::intervals));
        return Arbitraries.maps(Arbitraries.of("MONDAY", "tuesday", "SATURDAY", "SUNDAY", "FUNDAY"), day)
                .ofMaxSize(3).map(LinkedHashMap::new);
    }

    /** That many short, ordered, non-overlapping intervals: valid shapes at and over the per-day bound. */
    private static List<List<String>> intervals(int count) {
        List<List<String>> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(List.of(String.format("%02d:00", 10 + 2 * i), String.format("%02d:30", 10 + 2 * i)));
        }
        return list;
    }

    /** The global policy must set everything: fill what the generated body leaves out from what is stored. */
    private static Map<String, Object> withGlobalDefaults(Map<String, Object> body, JsonNode stored) {
        Map<String, Object> full = new LinkedHashMap<>();
        stored.fields().forEachRemaining(section -> {
            if (!section.getKey().equals("version")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> values = EdgyValues.JSON.convertValue(section.getValue(), LinkedHashMap.class);
                Object given = body.get(section.getKey());
                if (given instanceof Map<?, ?> map) {
                    map.forEach((k, v) -> values.put((String) k, v));
                }
                full.put(section.getKey(), values);
            }
        });
        return full;
    }

    /** Names, lists, dates and text sent come back exactly (as sets where the policy holds sets). */
    private static void assertSentValuesIntact(JsonNode sent, JsonNode own) {
        JsonNode coordinators = sent.path("ownership").path("coordinators");
        if (coordinators.isArray()) {
            assertThat(asSet(own.path("ownership").path("coordinators"))).isEqualTo(asSet(coordinators));
        }
        JsonNode reviewers = sent.path("reports").path("defaultReviewers");
        if (reviewers.isArray()) {
            assertThat(asSet(own.path("reports").path("defaultReviewers"))).isEqualTo(asSet(reviewers));
        }
        JsonNode holidays = sent.path("calendar").path("holidays");
        if (holidays.isArray()) {
            assertThat(asSet(own.path("calendar").path("holidays"))).isEqualTo(asSet(holidays));
        }
        JsonNode windows = sent.path("reply").path("windowsByPriority");
        if (windows.isObject()) {
            assertThat(minutesByName(own.path("reply").path("windowsByPriority"))).isEqualTo(minutesByName(windows));
        }
        for (String field : List.of("channels", "urgentPath")) {
            JsonNode text = sent.path("agreement").path(field);
            if (text.isTextual()) {
                assertThat(own.path("agreement").path(field).asText()).isEqualTo(text.asText());
            }
        }
        JsonNode group = sent.path("reply").path("escalationTarget").path("group");
        if (group.isTextual()) {
            assertThat(own.path("reply").path("escalationTarget").path("group").asText()).isEqualTo(group.asText());
        }
    }

    /** Compared as numbers: a long sent and an int read back are the same window. */
    private static Map<String, Long> minutesByName(JsonNode windows) {
        Map<String, Long> minutes = new LinkedHashMap<>();
        windows.fields().forEachRemaining(e -> minutes.put(e.getKey(), e.getValue().asLong()));
        return minutes;
    }

    private static Set<JsonNode> asSet(JsonNode array) {
        Set<JsonNode> set = new HashSet<>();
        array.forEach(set::add);
        return set;
    }
}
