package works.async.plugin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Due times read in the viewer's clock first and in the other person's clock next to it. */
class TimeTextsTest {

    private final TimeTexts times = new TimeTexts(new Texts(TestI18n.bundle()),
            Clock.fixed(Instant.parse("2026-03-09T08:00:00Z"), ZoneOffset.UTC));
    private final Person alice = new Person("alice", "alice", "Alice", ZoneId.of("Europe/Berlin"));
    private final Person bob = new Person("bob", "bob", "Bob", ZoneId.of("America/New_York"));

    @Test
    void showsBothLocalTimesWhenTheClocksDiffer() {
        DualTime due = times.dual(Instant.parse("2026-03-10T09:00:00Z"), alice, bob);

        assertThat(due.label())
                .isEqualTo("Tue 10 Mar 10:00 (your time, Europe/Berlin) · Tue 10 Mar 05:00 (Bob's time, America/New_York)");
        assertThat(due.iso()).isEqualTo("2026-03-10T09:00:00Z");
        assertThat(due.past()).isFalse();
    }

    @Test
    void showsOneTimeWhenBothLiveOnTheSameClock() {
        Person carl = new Person("carl", "carl", "Carl", ZoneId.of("Europe/Paris"));

        DualTime due = times.dual(Instant.parse("2026-03-10T09:00:00Z"), alice, carl);

        assertThat(due.label()).isEqualTo("Tue 10 Mar 10:00 (your time, Europe/Berlin)");
        assertThat(due.hasOther()).isFalse();
    }

    @Test
    void aPassedDueTimeIsMarkedPast() {
        assertThat(times.dual(Instant.parse("2026-03-09T07:59:00Z"), alice, bob).past()).isTrue();
    }

    @Test
    void deliveryIsWrittenInTheRecipientsZoneWithItsName() {
        assertThat(times.zoned(Instant.parse("2026-03-10T13:00:00Z"), bob.zone()))
                .isEqualTo("Tue 10 Mar 09:00 (America/New_York)");
    }

    @Test
    void aMomentInsideASentenceSaysItIsTheViewersTimeAndItsZone() {
        assertThat(times.yours(Instant.parse("2026-03-10T09:00:00Z"), bob))
                .isEqualTo("Tue 10 Mar 05:00 (your time, America/New_York)");
    }

    @Test
    void anotherPersonsClockNamesThemAndTheirZone() {
        assertThat(times.theirs(Instant.parse("2026-03-10T13:00:00Z"), bob))
                .isEqualTo("Tue 10 Mar 09:00 (Bob's time, America/New_York)");
    }
}
