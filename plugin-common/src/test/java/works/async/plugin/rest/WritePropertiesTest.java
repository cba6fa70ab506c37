package works.async.plugin.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static works.async.plugin.rest.EdgyValues.object;

import java.time.Duration;
import java.time.Instant;
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
 * The other write endpoints (my schedule, reply requests, renegotiation, reports, feedback, report series) driven
 * with generated values at and beyond every bound: a 2xx with the value read back intact, after which an escalation
 * pass still runs, or a 4xx naming the field; never a 5xx.
 */
class WritePropertiesTest {

    private RestHarness rest;

    @BeforeProperty
    void freshApplication() {
        rest = new RestHarness();
    }

    @Property(tries = 100)
    void mySchedule(@ForAll("schedules") Map<String, Object> body) {
        JsonNode before = rest.get("bob", "schedules/me").body();
        String sent = EdgyValues.json(body);

        RestHarness.Reply put = rest.put("bob", "schedules/me", sent);

        JsonNode read = rest.get("bob", "schedules/me").body();
        if (Answers.acceptedOrRefusedByField(put, sent)) {
            JsonNode received = EdgyValues.asReceived(sent);
            assertThat(set(read.get("holidays"))).isEqualTo(set(received.path("holidays")));
            assertThat(read.get("timeOff")).isEqualTo(put.body().get("timeOff"));
            assertThat(read.get("week")).isEqualTo(put.body().get("week"));
            // Whatever schedule was accepted, bob can be asked and the job can plan around him.
            assertThat(rest.post("carol", "issues/DEMO-1/reply-requests",
                    RestHarness.json("{'recipient':'bob','question':'Around?'}")).status()).isEqualTo(201);
            passAfter(Duration.ofHours(5));
        } else {
            assertThat(read).as("nothing half-saved").isEqualTo(before);
        }
    }

    @Property(tries = 100)
    void askingForAReply(@ForAll("questions") String question, @ForAll("recipients") List<String> recipients,
                         @ForAll("windows") Long workingMinutes) {
        String sent = EdgyValues.json(object("recipients", recipients, "question", question, "workingMinutes", workingMinutes));

        RestHarness.Reply asked = rest.post("carol", "issues/DEMO-1/reply-requests", sent);

        if (Answers.acceptedOrRefusedByField(asked, sent)) {
            String expected = EdgyValues.asReceived(sent).get("question").asText();
            for (JsonNode request : asked.body()) {
                RestHarness.Reply read = rest.get("carol", "reply-requests/" + request.get("id").asText());
                assertThat(read.body().get("question").asText()).isEqualTo(expected);
            }
            passAfter(Duration.ofHours(7));
        }
    }

    @Property(tries = 100)
    void renegotiating(@ForAll("instants") String until) {
        String id = rest.post("carol", "issues/DEMO-1/reply-requests",
                RestHarness.json("{'recipient':'bob','question':'When?'}")).body().get("id").asText();
        String sent = EdgyValues.json(object("until", until));

        RestHarness.Reply moved = rest.post("bob", "reply-requests/" + id + "/renegotiate", sent);

        if (Answers.acceptedOrRefusedByField(moved, sent)) {
            assertThat(Instant.parse(rest.get("bob", "reply-requests/" + id).body().get("dueAt").asText()))
                    .isEqualTo(Instant.parse(until).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
            passAfter(Duration.ofDays(3));
        } else if (moved.status() == 400) {
            assertThat(moved.body().get("field").asText()).isEqualTo("until");
        }
    }

    @Property(tries = 100)
    void publishingAReportAndGivingFeedback(@ForAll("reports") Map<String, Object> report,
                                            @ForAll("feedback") Map<String, Object> feedback) {
        String sent = EdgyValues.json(report);

        RestHarness.Reply published = rest.post("carol", "reports", sent);

        if (!Answers.acceptedOrRefusedByField(published, sent)) {
            return;
        }
        JsonNode received = EdgyValues.asReceived(sent);
        String id = published.body().get("id").asText();
        JsonNode read = rest.get("carol", "reports/" + id).body();
        assertThat(read.get("title").asText()).isEqualTo(received.get("title").asText());
        assertThat(read.get("body").asText()).isEqualTo(received.get("body").asText());
        assertThat(read.get("meeting").get("name").asText()).isEqualTo(received.get("meeting").get("name").asText());
        String given = EdgyValues.json(feedback);
        RestHarness.Reply answered = rest.post("alice", "reports/" + id + "/feedback", given);
        if (Answers.acceptedOrRefusedByField(answered, given)) {
            JsonNode text = EdgyValues.asReceived(given).path("text");
            JsonNode stored = rest.get("carol", "reports/" + id).body().get("feedback").get(0).get("text");
            assertThat(stored.isNull() ? null : stored.asText()).isEqualTo(text.isTextual() ? text.asText() : null);
        }
        passAfter(Duration.ofHours(20));
    }

    @Property(tries = 100)
    void startingAReportSeries(@ForAll("series") Map<String, Object> series) {
        String sent = EdgyValues.json(series);

        RestHarness.Reply started = rest.post("carol", "report-series", sent);

        if (Answers.acceptedOrRefusedByField(started, sent)) {
            JsonNode read = rest.get("carol", "report-series/" + started.body().get("id").asText()).body();
            assertThat(read.get("firstOccurrence").asText()).isEqualTo(series.get("firstOccurrence"));
            assertThat(read.get("meeting").get("name").asText())
                    .isEqualTo(EdgyValues.asReceived(sent).get("meeting").get("name").asText());
            passAfter(Duration.ofDays(8));
        }
    }

    @Provide
    Arbitrary<Map<String, Object>> schedules() {
        Arbitrary<List<String>> interval = Combinators.combine(EdgyValues.times(), EdgyValues.times()).as(List::of);
        Arbitrary<Map<String, List<List<String>>>> week = Arbitraries.maps(
                Arbitraries.of("MONDAY", "TUESDAY", "sunday", "FUNDAY"),
                Arbitraries.oneOf(interval.list().ofMaxSize(3), interval.list().ofMinSize(5).ofMaxSize(9)))
                .ofMaxSize(3).map(LinkedHashMap::new);
        Arbitrary<Map<String, Object>> ordinary = Combinators.combine(Arbitraries.integers().between(0, 400),
                        Arbitraries.integers().between(1, 30 * 24))
                .as((day, hours) -> {
                    Instant from = Instant.parse("2026-03-02T00:00:00Z").plus(Duration.ofDays(day));
                    return object("from", from.toString(), "to", from.plus(Duration.ofHours(hours)).toString());
                });
        Arbitrary<Map<String, Object>> absence = EdgyValues.mostly(ordinary,
                Combinators.combine(EdgyValues.instants(), EdgyValues.instants()).as((from, to) -> object("from", from, "to", to)));
        Arbitrary<List<Map<String, Object>>> yearLong = Arbitraries.of(1, 2, 3, 6).map(WritePropertiesTest::yearLongAbsences);
        Arbitrary<List<Map<String, Object>>> timeOff = Arbitraries.oneOf(absence.list().ofMaxSize(3), yearLong,
                Arbitraries.of(100, 101).flatMap(n -> absence.list().ofSize(n)));
        Arbitrary<List<String>> holidays = Arbitraries.oneOf(EdgyValues.dayRuns(), EdgyValues.dates().list().ofMaxSize(4));
        return Combinators.combine(week.injectNull(0.5), holidays.injectNull(0.3), timeOff.injectNull(0.3))
                .as((w, h, t) -> object("week", w, "holidays", h, "timeOff", t));
    }

    @Provide
    Arbitrary<String> questions() {
        return EdgyValues.prose();
    }

    @Provide
    Arbitrary<List<String>> recipients() {
        return Arbitraries.oneOf(Arbitraries.of(List.of("bob"), List.of("alice", "bob"), List.of("carol")),
                EdgyValues.lists(Arbitraries.oneOf(EdgyValues.names(), Arbitraries.of("bob", "alice", "dave"))));
    }

    @Provide
    Arbitrary<Long> windows() {
        return EdgyValues.minutes().filter(m -> m <= Integer.MAX_VALUE && m >= Integer.MIN_VALUE).injectNull(0.3);
    }

    @Provide
    Arbitrary<String> instants() {
        return EdgyValues.instants();
    }

    @Provide
    Arbitrary<Map<String, Object>> reports() {
        Arbitrary<String> plain = Arbitraries.strings().alpha().withChars(' ').ofMinLength(1).ofMaxLength(30)
                .filter(t -> !t.isBlank());
        Arbitrary<Map<String, Object>> meeting = Combinators.combine(EdgyValues.mostly(plain, EdgyValues.names()),
                        EdgyValues.mostly(Arbitraries.of(30, 60), Arbitraries.of(0, 1, 1440, 1441, Integer.MAX_VALUE)),
                        EdgyValues.mostly(Arbitraries.of(4, 6), Arbitraries.of(0, 1, 10_000, 10_001)))
                .as((name, minutes, attendees) -> object("name", name, "usualMinutes", minutes, "attendees", attendees));
        Arbitrary<List<String>> optional = EdgyValues.lists(Arbitraries.oneOf(Arbitraries.of("bob", "dave"), EdgyValues.names()));
        return Combinators.combine(EdgyValues.mostly(plain, EdgyValues.names()), EdgyValues.mostly(plain, EdgyValues.prose()),
                        meeting, optional.injectNull(0.7), EdgyValues.minutes().injectNull(0.6))
                .as((title, body, m, opt, window) -> object("issue", "DEMO-1", "title", title, "body", body, "meeting", m,
                        "requiredReviewers", List.of("alice"), "optionalReviewers", opt, "feedbackWindowMinutes",
                        window == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, window))));
    }

    @Provide
    Arbitrary<Map<String, Object>> feedback() {
        return Combinators.combine(Arbitraries.of("ACKNOWLEDGE", "COMMENT", "QUESTION", "OBJECTION", "SHRUG"),
                        EdgyValues.prose().injectNull(0.2))
                .as((kind, text) -> object("kind", kind, "text", text));
    }

    @Provide
    Arbitrary<Map<String, Object>> series() {
        Arbitrary<Map<String, Object>> meeting = EdgyValues.mostly(Arbitraries.of("Weekly sync", "Standup"), EdgyValues.names())
                .map(name -> object("name", name, "usualMinutes", 30, "attendees", 5));
        return Combinators.combine(meeting, Arbitraries.of("WEEKLY", "BIWEEKLY", "MONTHLY", "DAILY"), EdgyValues.dates())
                .as((m, cadence, first) -> object("issue", "DEMO-1", "meeting", m, "cadence", cadence,
                        "firstOccurrence", first));
    }

    private static List<Map<String, Object>> yearLongAbsences(int count) {
        List<Map<String, Object>> absences = new java.util.ArrayList<>();
        Instant from = Instant.parse("2026-03-02T00:00:00Z");
        for (int i = 0; i < count; i++) {
            Instant to = from.plus(Duration.ofDays(366));
            absences.add(object("from", from.toString(), "to", to.toString()));
            from = to;
        }
        return absences;
    }

    /** Time moves on and the escalation job runs: it must never fail on anything an earlier write let in. */
    private void passAfter(Duration elapsed) {
        rest.f.clock.set(rest.f.clock.instant().plus(elapsed));
        rest.f.app.escalation().runOnce();
    }

    private static Set<String> set(JsonNode array) {
        Set<String> set = new HashSet<>();
        if (array != null) {
            array.forEach(n -> set.add(n.asText()));
        }
        return set;
    }
}
