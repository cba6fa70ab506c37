// Mirrors com.atlassian.mail.queue.MailQueueItem (atlassian-mail 5.3.0; interface extends Comparable<MailQueueItem>),
// all its members: send() throws the checked MailException, getSubject, getDateQueued, getSendCount, hasError.
// Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show; ../shared/ATLASSIAN-API.md A14. Certainty: verified for 5.3.0; likely for platform 8.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.mail_atlassian-mail-5.3.0/com/atlassian/mail/queue/MailQueueItem.java
package com.atlassian.mail.queue;

import java.util.Date;

import com.atlassian.mail.MailException;

/** One entry of the host's mail queue; the queue calls {@link #send()} on its own thread. */
public interface MailQueueItem extends Comparable<MailQueueItem> {

    void send() throws MailException;

    String getSubject();

    Date getDateQueued();

    int getSendCount();

    boolean hasError();
}
