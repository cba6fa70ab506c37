// Mirrors com.atlassian.scheduler.JobRunner (@PublicSpi interface): @Nullable JobRunnerResponse runJob(JobRunnerRequest)
// (a null answer counts as success). @Nullable (JSR-305) is left out.
// Source: ngannk-fptu/Decompiled-Files @ e0c88ec5, com.atlassian.scheduler_atlassian-scheduler-api-4.1.0 (the jar of a
// Confluence 8.7.2 install, CFR-decompiled; read with git show); ../shared/ATLASSIAN-API.md A10.
// Certainty: verified for atlassian-scheduler-api 4.1.0; likely for platform 8 (Jira 11).
// File read: ngannk-fptu/Decompiled-Files com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/JobRunner.java
package com.atlassian.scheduler;

/** What a scheduled job runs, registered on each node under its JobRunnerKey. */
public interface JobRunner {

    JobRunnerResponse runJob(JobRunnerRequest request);
}
