// Mirrors com.atlassian.mail.MailException (atlassian-mail 5.3.0; class extends Exception, so CHECKED), all four
// constructors, real behaviour. Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show; ../shared/ATLASSIAN-API.md A14.
// Certainty: verified for 5.3.0; likely for platform 8 (no mail API type in its signatures).
// File read: ngannk-fptu/Decompiled-Files com.atlassian.mail_atlassian-mail-5.3.0/com/atlassian/mail/MailException.java
package com.atlassian.mail;

/** A mail could not be built or sent. Checked: only {@code MailQueueItem.send()} declares it among what we use. */
public class MailException extends Exception {

    public MailException() {
    }

    public MailException(String s) {
        super(s);
    }

    public MailException(Throwable throwable) {
        super(throwable);
    }

    public MailException(String s, Throwable throwable) {
        super(s, throwable);
    }
}
