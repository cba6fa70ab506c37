// Mirrors com.atlassian.sal.api.UrlMode (sal-api 5.1.4; enum), all constants in their real order: CANONICAL,
// ABSOLUTE, RELATIVE, RELATIVE_CANONICAL, AUTO. Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show; ../shared/ATLASSIAN-API.md A8.
// Certainty: verified for 5.1.4; likely for platform 8.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/UrlMode.java
package com.atlassian.sal.api;

/** Which form of the base URL {@code ApplicationProperties.getBaseUrl(UrlMode)} answers. */
public enum UrlMode {
    CANONICAL,
    ABSOLUTE,
    RELATIVE,
    RELATIVE_CANONICAL,
    AUTO
}
