// Mirrors com.atlassian.scheduler.config.RunMode (@PublicApi enum), both constants in the real order.
// Source: ngannk-fptu/Decompiled-Files @ e0c88ec5, com.atlassian.scheduler_atlassian-scheduler-api-4.1.0 (the jar of a
// Confluence 8.7.2 install, CFR-decompiled; read with git show); ../shared/ATLASSIAN-API.md A10.
// Certainty: verified for atlassian-scheduler-api 4.1.0; likely for platform 8 (Jira 11).
// File read: ngannk-fptu/Decompiled-Files com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/config/RunMode.java
package com.atlassian.scheduler.config;

/** Whether a job runs on one node of the cluster per due time, or on every node. */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
