// Mirrors com.atlassian.mail.queue.SingleMailQueueItem (atlassian-mail 5.3.0; class extends AbstractMailQueueItem):
// the (Email) constructor (takes the e-mail's subject as the item's), getEmail() (real behaviour, so tests can read what
// was queued) and send() throws the checked MailException (stand-in: UnsupportedOperationException; only the host's
// queue calls it, through the default SMTP server). Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show; ../shared/ATLASSIAN-API.md A14.
// Certainty: verified for 5.3.0; likely for platform 8.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.mail_atlassian-mail-5.3.0/com/atlassian/mail/queue/SingleMailQueueItem.java
package com.atlassian.mail.queue;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;

/** One e-mail as one queue item. */
public class SingleMailQueueItem extends AbstractMailQueueItem {

    private final Email email;

    public SingleMailQueueItem(Email email) {
        super(email.getSubject());
        this.email = email;
    }

    @Override
    public void send() throws MailException {
        throw new UnsupportedOperationException("stand-in: only the host's mail queue sends");
    }

    public Email getEmail() {
        return email;
    }
}
