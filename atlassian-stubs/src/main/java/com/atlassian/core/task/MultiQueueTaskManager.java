// Mirrors com.atlassian.core.task.MultiQueueTaskManager (atlassian-core 8.0.1, as Confluence 8.7.2 ships it;
// interface), only the member used: void addTask(String queueName, Task task). Confluence's own mail code
// (DefaultNotificationsSender, DefaultEmailService, DefaultDailyReportManager) and Team Calendars 8.7
// (@ComponentImport MultiQueueTaskManager) queue mail with addTask("mail", task). Left out: getTaskQueue,
// addTaskQueue, removeTaskQueue, setTaskQueues (TaskQueue type), flush(String), flush(). Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show.
// Certainty: verified for Confluence 8.7.2; UNVERIFIED for Confluence 10 (../shared/ATLASSIAN-API.md C and F).
// File read: ngannk-fptu/Decompiled-Files com.atlassian.core_atlassian-core-8.0.1/com/atlassian/core/task/MultiQueueTaskManager.java
package com.atlassian.core.task;

/** Confluence's named task queues. */
public interface MultiQueueTaskManager {

    void addTask(String queueName, Task task);
}
