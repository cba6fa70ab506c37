package works.async.plugin.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The people search behind the pickers: display name or user name, each person with their local time now. */
class PeopleSearchRestTest {

    @Test
    void aPersonFoundByPartOfTheirNameComesWithTheirLocalTime() {
        RestHarness rest = new RestHarness();
        rest.f.host.user("erin", "Pacific/Auckland");

        // Monday 2 March 2026, 10:00 UTC is 23:00 in Auckland (daylight time, +13).
        RestHarness.Reply found = rest.get("alice", "users?query=Eri");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).hasSize(1);
        assertThat(found.body().get(0).get("username").asText()).isEqualTo("erin");
        assertThat(found.body().get(0).get("zone").asText()).isEqualTo("Pacific/Auckland");
        assertThat(found.body().get(0).get("localTime").asText()).isEqualTo("Mon 23:00");

        // The clock, not the machine's, says what time it is there.
        rest.f.clock.advance(Duration.ofHours(2));
        assertThat(rest.get("alice", "users?query=erin").body().get(0).get("localTime").asText()).isEqualTo("Tue 01:00");
    }
}
