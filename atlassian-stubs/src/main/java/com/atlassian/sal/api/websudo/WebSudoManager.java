// Mirrors com.atlassian.sal.api.websudo.WebSudoManager (sal-api 5.1.4; interface), only the members used:
// "boolean canExecuteRequest(HttpServletRequest)" and "void enforceWebSudoProtection(HttpServletRequest,
// HttpServletResponse)". Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install),
// read with git show; ../shared/ATLASSIAN-API.md A5. Certainty: verified for 5.1.4, where the request and response
// are javax.servlet; platform 8 (Jira 11) takes jakarta.servlet types, as every SAL servlet signature there does
// (likely, not read from a platform 8 jar). Left out: willExecuteWebSudoRequest(HttpServletRequest) throws
// WebSudoSessionException.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/websudo/WebSudoManager.java
package com.atlassian.sal.api.websudo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Secure administrator sessions: whether this request may run, and sending the user to confirm their password. */
public interface WebSudoManager {

    boolean canExecuteRequest(HttpServletRequest request);

    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);
}
