// Mirrors com.atlassian.scheduler.config.JobConfig (@PublicApi final class, private constructor), only the members
// used, with the real behaviour: static forJobRunnerKey(JobRunnerKey) (null → NullPointerException; defaults
// RUN_ONCE_PER_CLUSTER and a run-once schedule, Schedule.runOnce(null) = forInterval(0, null)), withRunMode and
// withSchedule returning copies (null → the default), the getters, equals/hashCode. Left out: parameters
// (getParameters, withParameters), toString.
// Source: ngannk-fptu/Decompiled-Files @ e0c88ec5, com.atlassian.scheduler_atlassian-scheduler-api-4.1.0 (the jar of a
// Confluence 8.7.2 install, CFR-decompiled; read with git show); ../shared/ATLASSIAN-API.md A10.
// Certainty: verified for atlassian-scheduler-api 4.1.0; likely for platform 8 (Jira 11).
// File read: ngannk-fptu/Decompiled-Files com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/config/JobConfig.java
package com.atlassian.scheduler.config;

import java.util.Objects;

/** What the scheduler stores for a job: its runner's key, run mode and schedule. */
public final class JobConfig {

    private final JobRunnerKey jobRunnerKey;
    private final RunMode runMode;
    private final Schedule schedule;

    private JobConfig(JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule) {
        this.jobRunnerKey = jobRunnerKey;
        this.runMode = runMode != null ? runMode : RunMode.RUN_ONCE_PER_CLUSTER;
        this.schedule = schedule != null ? schedule : Schedule.forInterval(0L, null);
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        Objects.requireNonNull(jobRunnerKey, "jobRunnerKey");
        return new JobConfig(jobRunnerKey, RunMode.RUN_ONCE_PER_CLUSTER, null);
    }

    public JobRunnerKey getJobRunnerKey() {
        return jobRunnerKey;
    }

    public RunMode getRunMode() {
        return runMode;
    }

    public Schedule getSchedule() {
        return schedule;
    }

    public JobConfig withRunMode(RunMode runMode) {
        return new JobConfig(jobRunnerKey, runMode, schedule);
    }

    public JobConfig withSchedule(Schedule schedule) {
        return new JobConfig(jobRunnerKey, runMode, schedule);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        JobConfig other = (JobConfig) o;
        return jobRunnerKey.equals(other.jobRunnerKey) && runMode == other.runMode && schedule.equals(other.schedule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobRunnerKey, runMode, schedule);
    }
}
