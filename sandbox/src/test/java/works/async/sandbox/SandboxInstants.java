package works.async.sandbox;

import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;

/**
 * The instants the sandbox's REST and page suites run at, its clock fixed at each: inside and outside each demo
 * user's working hours (admin London, alice Berlin, bob New York, carol Auckland, dinesh Kolkata, emma São Paulo),
 * a weekend and both directions of a daylight-saving change, so no suite passes only at the hour it was written.
 */
final class SandboxInstants {

    /** Wednesday 09:30 in London: London, Berlin and Kolkata at work; New York, Auckland and São Paulo not. */
    static final Instant EUROPE_MORNING = Instant.parse("2026-12-02T09:30:00Z");
    /**
     * Tuesday 20:16 UTC, with the nanoseconds of a system clock: Auckland's Wednesday morning and New York's
     * afternoon, so a reply to carol or bob is due inside working hours (the hour the precision defect showed).
     */
    static final Instant UTC_EVENING = Instant.parse("2026-12-01T20:16:36.792655141Z");
    /** Saturday noon UTC (Sunday 01:00 in Auckland): nobody works. */
    static final Instant SATURDAY = Instant.parse("2026-12-05T12:00:00Z");
    /** Sunday 28 March 2027, a minute before London and Berlin spring forward. */
    static final Instant EUROPE_SPRING_FORWARD = Instant.parse("2027-03-28T00:59:00Z");
    /** Sunday 1 November 2026, half an hour after New York fell back to 01:00 EST. */
    static final Instant US_FALL_BACK = Instant.parse("2026-11-01T06:30:00Z");

    private SandboxInstants() {
    }

    /** Each instant named for the reports. */
    static Stream<Named<Instant>> all() {
        return Stream.of(
                Named.of("Wed 2 Dec 2026 09:30 UTC, Europe's morning", EUROPE_MORNING),
                Named.of("Tue 1 Dec 2026 20:16 UTC with nanoseconds, Auckland's morning", UTC_EVENING),
                Named.of("Sat 5 Dec 2026 12:00 UTC, the weekend", SATURDAY),
                Named.of("Sun 28 Mar 2027 00:59 UTC, Europe springs forward", EUROPE_SPRING_FORWARD),
                Named.of("Sun 1 Nov 2026 06:30 UTC, New York fell back", US_FALL_BACK));
    }
}
