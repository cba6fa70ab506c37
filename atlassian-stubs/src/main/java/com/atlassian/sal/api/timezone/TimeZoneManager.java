// Mirrors com.atlassian.sal.api.timezone.TimeZoneManager (sal-api; interface), only the members used:
// "@Nonnull TimeZone getUserTimeZone(@Nonnull UserKey)" and "@Nonnull TimeZone getDefaultTimeZone()". Source: decompiled
// sal-api 5.1.4 in a public decompiled Confluence 8.7.2 install (../shared/ATLASSIAN-API.md A1: verified for 5.1.4; no
// servlet types, so the platform 8 jar is likely identical). The no-argument getUserTimeZone() (current user) is left
// out. JSR-305 annotations are left out; they change nothing for callers.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/timezone/TimeZoneManager.java
package com.atlassian.sal.api.timezone;

import java.util.TimeZone;

import com.atlassian.sal.api.user.UserKey;

/** The host's time zones: a user's profile zone, or the host's default. */
public interface TimeZoneManager {

    TimeZone getUserTimeZone(UserKey userKey);

    TimeZone getDefaultTimeZone();
}
