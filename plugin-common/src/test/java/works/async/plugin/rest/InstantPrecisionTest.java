package works.async.plugin.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static works.async.plugin.rest.RestHarness.json;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import works.async.plugin.app.AppFixture;

/**
 * The store keeps epoch milliseconds, so every instant the API answers has millisecond precision: what a create
 * answers is what a later read answers, even on a host whose clock ticks in nanoseconds.
 */
class InstantPrecisionTest {

    /** Inside bob's working hours, with the nanoseconds a system clock has. */
    private static final java.time.Instant NOW_WITH_NANOS = AppFixture.MONDAY_10.plusNanos(792_655_141);

    private final RestHarness rest = new RestHarness();

    @Test
    void aRequestCreatedInsideWorkingHoursIsReadBackWithTheSameDueTime() {
        rest.f.clock.set(NOW_WITH_NANOS);

        JsonNode created = rest.post("carol", "issues/DEMO-1/reply-requests",
                json("{'recipient':'bob','question':'Which log?','workingMinutes':60}")).body();
        JsonNode read = rest.get("bob", "reply-requests/" + created.get("id").asText()).body();

        assertThat(created.get("dueAt").asText()).isEqualTo("2026-03-02T11:00:00.792Z");
        assertThat(read.get("dueAt").asText()).isEqualTo(created.get("dueAt").asText());
    }

    @Test
    void aRenegotiatedTimeWithNanosecondsIsAnsweredAsItIsStored() {
        rest.f.clock.set(NOW_WITH_NANOS);
        String id = rest.post("carol", "issues/DEMO-1/reply-requests",
                json("{'recipient':'bob','question':'Which log?','workingMinutes':60}")).body().get("id").asText();
        rest.f.clock.advance(Duration.ofMinutes(5));

        JsonNode moved = rest.post("bob", "reply-requests/" + id + "/renegotiate",
                json("{'until':'2026-03-05T12:00:00.123456789Z'}")).body();
        JsonNode read = rest.get("carol", "reply-requests/" + id).body();

        assertThat(moved.get("dueAt").asText()).isEqualTo("2026-03-05T12:00:00.123Z");
        assertThat(read.get("dueAt").asText()).isEqualTo(moved.get("dueAt").asText());
        assertThat(read.get("originalDueAt").asText()).isEqualTo(moved.get("originalDueAt").asText())
                .isEqualTo("2026-03-02T11:00:00.792Z");
    }
}
