package works.async.plugin.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes moments in people's local times. Every due time on every screen goes through here, so the viewer
 * always sees their own clock first and the other person's clock next to it (PRODUCT.md: deadlines live in the
 * recipient's calendar, and both sides should see what that means for them).
 */
public final class TimeTexts {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ZONED = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private final Texts texts;
    private final Clock clock;

    public TimeTexts(Texts texts, Clock clock) {
        this.texts = Objects.requireNonNull(texts, "texts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The moment for the viewer and, if their clocks differ, for the other person. */
    public DualTime dual(Instant at, Person viewer, Person other) {
        String mine = MOMENT.format(at.atZone(viewer.zone()));
        boolean past = at.isBefore(clock.instant());
        if (other == null || other.key().equals(viewer.key()) || sameClock(at, viewer.zone(), other.zone())) {
            return new DualTime(at.toString(), mine, null, yoursText(mine, viewer), past);
        }
        String theirs = MOMENT.format(at.atZone(other.zone()));
        return new DualTime(at.toString(), mine, theirs,
                texts.get("async.ui.time.dual", mine, viewer.zone().getId(), theirs, other.displayName(),
                        other.zone().getId()), past);
    }

    /**
     * The moment on the viewer's clock, saying so and naming the zone: "Tue 10 Mar 10:00 (your time, Europe/London)".
     * For moments inside sentences ("Answered by Bob on ..."), where a bare clock time would not say whose it is.
     */
    public String yours(Instant at, Person viewer) {
        return yoursText(MOMENT.format(at.atZone(viewer.zone())), viewer);
    }

    /** The moment on another person's clock, saying whose: "Wed 11 Mar 09:00 (Bob's time, Europe/Berlin)". */
    public String theirs(Instant at, Person person) {
        return texts.get("async.ui.time.theirs", MOMENT.format(at.atZone(person.zone())), person.displayName(),
                person.zone().getId());
    }

    private String yoursText(String mine, Person viewer) {
        return texts.get("async.ui.time.yours", mine, viewer.zone().getId());
    }

    /** The moment in one zone, naming the zone: "Wed 11 Mar 09:00 (Europe/Berlin)". */
    public String zoned(Instant at, ZoneId zone) {
        return texts.get("async.ui.time.zoned", ZONED.format(at.atZone(zone)), zone.getId());
    }

    public String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    public Instant now() {
        return clock.instant();
    }

    private static boolean sameClock(Instant at, ZoneId a, ZoneId b) {
        return a.getRules().getOffset(at).equals(b.getRules().getOffset(at));
    }
}
