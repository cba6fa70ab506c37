// Mirrors com.atlassian.scheduler.config.JobId (@PublicApi final class implements Serializable, Comparable<JobId>),
// with the real behaviour: static of(String) (null → NullPointerException "id"), private constructor, equals/hashCode
// on the value, compareTo, toString() = the value, serialVersionUID 1L.
// Source: ngannk-fptu/Decompiled-Files @ e0c88ec5, com.atlassian.scheduler_atlassian-scheduler-api-4.1.0 (the jar of a
// Confluence 8.7.2 install, CFR-decompiled; read with git show); ../shared/ATLASSIAN-API.md A10.
// Certainty: verified for atlassian-scheduler-api 4.1.0; likely for platform 8 (Jira 11).
// File read: ngannk-fptu/Decompiled-Files com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/config/JobId.java
package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/** A scheduler identifier, stable across restarts. */
public final class JobId implements Serializable, Comparable<JobId> {

    private static final long serialVersionUID = 1L;

    private final String id;

    private JobId(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    public static JobId of(String id) {
        return new JobId(id);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o != null && o.getClass() == getClass() && ((JobId) o).id.equals(id);
    }

    @Override
    public int compareTo(JobId o) {
        return id.compareTo(o.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
