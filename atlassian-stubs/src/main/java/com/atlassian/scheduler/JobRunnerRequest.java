// Mirrors com.atlassian.scheduler.JobRunnerRequest (@PublicApi interface) without members: the plugin's runner reads
// none of them (real: Date getStartTime(), JobId getJobId(), JobConfig getJobConfig(), boolean isCancellationRequested()).
// Source: ngannk-fptu/Decompiled-Files @ e0c88ec5, com.atlassian.scheduler_atlassian-scheduler-api-4.1.0 (the jar of a
// Confluence 8.7.2 install, CFR-decompiled; read with git show); ../shared/ATLASSIAN-API.md A10.
// Certainty: verified for atlassian-scheduler-api 4.1.0; likely for platform 8 (Jira 11).
// File read: ngannk-fptu/Decompiled-Files com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/JobRunnerRequest.java
package com.atlassian.scheduler;

/** One run of a job, as the scheduler hands it to the runner. */
public interface JobRunnerRequest {
}
