// Mirrors com.atlassian.scheduler.config.Schedule (@PublicApi final class, private constructor), only the interval
// form: static forInterval(long intervalInMillis, @Nullable Date firstRunTime), equals/hashCode on the interval and
// first run time (the real class compares its IntervalScheduleInfo, which holds exactly those two). Left out: the cron
// form, runOnce, getType/getIntervalScheduleInfo/getCronScheduleInfo and their types (never called).
// Source: ngannk-fptu/Decompiled-Files @ e0c88ec5, com.atlassian.scheduler_atlassian-scheduler-api-4.1.0 (the jar of a
// Confluence 8.7.2 install, CFR-decompiled; read with git show); ../shared/ATLASSIAN-API.md A10.
// Certainty: verified for atlassian-scheduler-api 4.1.0; likely for platform 8 (Jira 11).
// File read: ngannk-fptu/Decompiled-Files com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/config/Schedule.java
package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.Objects;

/** When a job runs: here, every interval from a first run time. */
public final class Schedule {

    private final long intervalInMillis;
    private final Date firstRunTime;

    private Schedule(long intervalInMillis, Date firstRunTime) {
        this.intervalInMillis = intervalInMillis;
        // Copied, as the real IntervalScheduleInfo does: a Date is mutable.
        this.firstRunTime = firstRunTime == null ? null : new Date(firstRunTime.getTime());
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        if (intervalInMillis < 0L) {
            throw new IllegalArgumentException("intervalInMillis must not be negative");
        }
        return new Schedule(intervalInMillis, firstRunTime);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        Schedule other = (Schedule) o;
        return intervalInMillis == other.intervalInMillis && Objects.equals(firstRunTime, other.firstRunTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(intervalInMillis, firstRunTime);
    }

    @Override
    public String toString() {
        return "Schedule[interval=" + intervalInMillis + ",firstRunTime=" + firstRunTime + ']';
    }
}
