// Mirrors com.atlassian.mail.queue.MailQueue (atlassian-mail 5.3.0; interface), only the member used:
// void addItem(MailQueueItem) (no checked exception). Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show; ../shared/ATLASSIAN-API.md A14.
// Certainty: verified for 5.3.0; likely for platform 8. That Jira offers it to plugins as an OSGi service is likely:
// public Jira plugins take it with @ComponentImport MailQueue (ATLASSIAN-API.md names only ComponentAccessor.getMailQueue()).
// Left out: sendBuffer*, size/errorSize, the error queue, getQueue, isSending, unstickQueue and the rest.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.mail_atlassian-mail-5.3.0/com/atlassian/mail/queue/MailQueue.java
package com.atlassian.mail.queue;

/** The host's outgoing mail queue: items added here are sent by the host's mail thread. */
public interface MailQueue {

    void addItem(MailQueueItem item);
}
