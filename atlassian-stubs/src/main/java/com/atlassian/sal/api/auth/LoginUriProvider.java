// Mirrors com.atlassian.sal.api.auth.LoginUriProvider (sal-api 5.1.4; interface), only the member used:
// "URI getLoginUri(URI returnUri)" (where the host's login page is, sending the user back to returnUri afterwards).
// Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show;
// ../shared/ATLASSIAN-API.md A4. Certainty: verified for 5.1.4; no servlet types, so likely identical on platform 8.
// Left out: getLoginUri(URI, EnumSet<PageCapability>), getLoginUriForRole(URI, UserRole[, EnumSet<PageCapability>]).
// File read: ngannk-fptu/Decompiled-Files com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/auth/LoginUriProvider.java
package com.atlassian.sal.api.auth;

import java.net.URI;

/** The host's login page, for sending anonymous users there and back. */
public interface LoginUriProvider {

    URI getLoginUri(URI returnUri);
}
