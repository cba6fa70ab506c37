// Mirrors com.atlassian.scheduler.config.JobRunnerKey (@PublicApi final class implements Serializable, Comparable<JobRunnerKey>),
// with the real behaviour: static of(String) (null → NullPointerException "key"), private constructor, equals/hashCode
// on the value, compareTo, toString() = the value, serialVersionUID 1L.
// Source: ngannk-fptu/Decompiled-Files @ e0c88ec5, com.atlassian.scheduler_atlassian-scheduler-api-4.1.0 (the jar of a
// Confluence 8.7.2 install, CFR-decompiled; read with git show); ../shared/ATLASSIAN-API.md A10.
// Certainty: verified for atlassian-scheduler-api 4.1.0; likely for platform 8 (Jira 11).
// File read: ngannk-fptu/Decompiled-Files com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/config/JobRunnerKey.java
package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/** A scheduler identifier, stable across restarts. */
public final class JobRunnerKey implements Serializable, Comparable<JobRunnerKey> {

    private static final long serialVersionUID = 1L;

    private final String key;

    private JobRunnerKey(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    public static JobRunnerKey of(String key) {
        return new JobRunnerKey(key);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o != null && o.getClass() == getClass() && ((JobRunnerKey) o).key.equals(key);
    }

    @Override
    public int compareTo(JobRunnerKey o) {
        return key.compareTo(o.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
