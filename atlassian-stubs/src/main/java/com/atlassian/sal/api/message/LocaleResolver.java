// Mirrors com.atlassian.sal.api.message.LocaleResolver (sal-api 5.1.4; interface), only the member used:
// Locale getLocale(@Nullable UserKey) (a user's profile language). Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show;
// ../shared/ATLASSIAN-API.md A2. Certainty: verified for 5.1.4; likely for platform 8. Left out: getLocale() (current
// user), getLocale(HttpServletRequest) (javax in 5.1.4, jakarta on platform 8 - likely), getApplicationLocale(),
// getSupportedLocales(). JSR-305 annotations left out; they change nothing for callers.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/message/LocaleResolver.java
package com.atlassian.sal.api.message;

import java.util.Locale;

import com.atlassian.sal.api.user.UserKey;

/** The host's languages: here, the one a user chose in their profile. */
public interface LocaleResolver {

    Locale getLocale(UserKey userKey);
}
