// Mirrors com.atlassian.mail.Email (atlassian-mail 5.3.0; class implements Serializable), only the members used:
// the (String to) constructor (blank "to" -> IllegalArgumentException, defaults subject "" body "" mimeType
// "text/plain" encoding "UTF-8"), and setTo/setSubject/setBody/setMimeType/setEncoding, which RETURN Email (the trap in
// ../shared/ATLASSIAN-API.md E4: a void setter would fail with NoSuchMethodError), and their getters. Real (trivial)
// behaviour so tests can read what was queued. Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show; ATLASSIAN-API.md A14.
// Certainty: verified for 5.3.0; likely for platform 8. Left out: cc/bcc/from/reply-to, multipart (javax.mail in
// 5.3.0, jakarta.mail on platform 8 - likely), headers, equals/hashCode.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.mail_atlassian-mail-5.3.0/com/atlassian/mail/Email.java
package com.atlassian.mail;

import java.io.Serializable;

/** One e-mail as the host's mail queue sends it. */
public class Email implements Serializable {

    private static final long serialVersionUID = 1763820874219520737L;

    private String to;
    private String subject = "";
    private String body = "";
    private String mimeType = "text/plain";
    private String encoding = "UTF-8";

    public Email(String to) {
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("'To' is a required field");
        }
        this.to = to;
    }

    public Email setTo(String to) {
        this.to = to;
        return this;
    }

    public Email setSubject(String subject) {
        this.subject = subject;
        return this;
    }

    public Email setBody(String body) {
        this.body = body;
        return this;
    }

    public Email setMimeType(String mimeType) {
        this.mimeType = mimeType;
        return this;
    }

    public Email setEncoding(String encoding) {
        this.encoding = encoding;
        return this;
    }

    public String getTo() {
        return to;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getMimeType() {
        return mimeType;
    }

    public String getEncoding() {
        return encoding;
    }
}
