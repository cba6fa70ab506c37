// Mirrors com.atlassian.mail.queue.AbstractMailQueueItem (atlassian-mail 5.3.0; abstract class implements
// MailQueueItem): constructors () and (String subject), the getters and the final compareTo (send count, then date
// queued), real behaviour. Needed only as SingleMailQueueItem's superclass. Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show;
// ../shared/ATLASSIAN-API.md A14. Certainty: verified for 5.3.0; likely for platform 8. Left out: setMailThreader
// (MailThreader type), incrementSendCount.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.mail_atlassian-mail-5.3.0/com/atlassian/mail/queue/AbstractMailQueueItem.java
package com.atlassian.mail.queue;

import java.util.Date;

/** What every queue item shares: its subject, when it was queued, how often sending was tried. */
public abstract class AbstractMailQueueItem implements MailQueueItem {

    String subject;
    Date dateQueued = new Date();
    private int timesSent;

    public AbstractMailQueueItem() {
    }

    public AbstractMailQueueItem(String subject) {
        this();
        this.subject = subject;
    }

    @Override
    public String getSubject() {
        return subject;
    }

    @Override
    public Date getDateQueued() {
        return dateQueued;
    }

    @Override
    public int getSendCount() {
        return timesSent;
    }

    @Override
    public boolean hasError() {
        return timesSent > 0;
    }

    @Override
    public final int compareTo(MailQueueItem o) {
        int bySendCount = Integer.compare(timesSent, o.getSendCount());
        return bySendCount == 0 ? dateQueued.compareTo(o.getDateQueued()) : bySendCount;
    }
}
