// Mirrors com.atlassian.core.task.Task (atlassian-core 8.0.1, as Confluence 8.7.2 ships it; interface extends
// Serializable), all its members: void execute() throws Exception. Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show.
// Certainty: verified for Confluence 8.7.2; UNVERIFIED for Confluence 10 (not checked that atlassian-core's task
// package is still exported to plugins; ../shared/ATLASSIAN-API.md F).
// File read: ngannk-fptu/Decompiled-Files com.atlassian.core_atlassian-core-8.0.1/com/atlassian/core/task/Task.java
package com.atlassian.core.task;

import java.io.Serializable;

/** A unit of work a task queue runs later (Confluence's "mail" queue sends mail this way). */
public interface Task extends Serializable {

    void execute() throws Exception;
}
