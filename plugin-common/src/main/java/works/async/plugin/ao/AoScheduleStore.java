package works.async.plugin.ao;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;
import works.async.core.schedule.PersonalSchedule;
import works.async.core.schedule.ScheduleStore;
import works.async.core.time.TimeOff;

/** Personal schedules in Active Objects, one row per user, guarded by a version like every mutable row. */
public final class AoScheduleStore implements ScheduleStore {

    static final String TABLE = "PERSONAL_SCHEDULE";

    private final ActiveObjects ao;
    private final VersionGuard guard;

    public AoScheduleStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.guard = new VersionGuard(ao);
    }

    @Override
    public Optional<PersonalSchedule> find(String userKey) {
        PersonalScheduleEntity row = load(userKey);
        return row == null ? Optional.empty() : Optional.of(toRecord(row));
    }

    @Override
    public PersonalSchedule save(PersonalSchedule schedule, long expectedVersion) {
        PersonalSchedule stored = schedule.withVersion(expectedVersion + 1);
        return guard.inTransaction(() -> {
            guard.claim(TABLE, schedule.userKey(), expectedVersion);
            PersonalScheduleEntity row = load(schedule.userKey());
            VersionGuard.check(row == null ? 0 : row.getVersion(), expectedVersion);
            String pattern = PolicyCodec.pattern(stored.pattern());
            String holidays = PolicyCodec.lines(stored.holidays(), LocalDate::toString);
            String timeOff = timeOff(stored.timeOff());
            if (row == null) {
                Map<String, Object> columns = new HashMap<>();
                columns.put("ID", stored.userKey());
                columns.put("WORK_PATTERN", pattern);
                columns.put("HOLIDAYS", holidays);
                columns.put("TIME_OFF", timeOff);
                columns.put("VERSION", stored.version());
                ao.create(PersonalScheduleEntity.class, columns);
            } else {
                row.setWorkPattern(pattern);
                row.setHolidays(holidays);
                row.setTimeOff(timeOff);
                row.setVersion(stored.version());
                row.save();
            }
            return stored;
        });
    }

    private PersonalScheduleEntity load(String userKey) {
        PersonalScheduleEntity[] rows = ao.find(PersonalScheduleEntity.class, Query.select().where("ID = ?", userKey));
        return rows.length == 0 ? null : rows[0];
    }

    private static PersonalSchedule toRecord(PersonalScheduleEntity e) {
        return new PersonalSchedule(e.getId(), PolicyCodec.pattern(e.getWorkPattern()),
                Objects.requireNonNullElse(PolicyCodec.dates(e.getHolidays()), new LinkedHashSet<>()),
                timeOff(e.getTimeOff()), e.getVersion());
    }

    /** Time off as epoch milliseconds (instants are stored as millis everywhere; a schedule is edited in minutes). */
    private static String timeOff(List<TimeOff> timeOff) {
        List<String> lines = new ArrayList<>();
        timeOff.forEach(t -> lines.add(t.fromInclusive().toEpochMilli() + " " + t.toExclusive().toEpochMilli()));
        return PolicyCodec.list(lines);
    }

    private static List<TimeOff> timeOff(String stored) {
        List<TimeOff> result = new ArrayList<>();
        if (stored == null) {
            return result;
        }
        for (String line : PolicyCodec.list(stored)) {
            try {
                int space = line.indexOf(' ');
                result.add(new TimeOff(Instant.ofEpochMilli(Long.parseLong(line.substring(0, space))),
                        Instant.ofEpochMilli(Long.parseLong(line.substring(space + 1)))));
            } catch (RuntimeException e) {
                // An unreadable absence is skipped so that its owner can still open and repair the schedule.
            }
        }
        return result;
    }
}
