// Mirrors com.atlassian.sal.api.ApplicationProperties (sal-api 5.1.4; @PublicApi interface), only the member used:
// @Nonnull String getBaseUrl(UrlMode) (not the deprecated no-argument getBaseUrl()). Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show;
// ../shared/ATLASSIAN-API.md A8 (bootstrapi uses the interface on platform 8). Certainty: verified for 5.1.4; likely for
// platform 8. Not to be confused with Jira's com.atlassian.jira.config.properties.ApplicationProperties.
// Left out: getDisplayName, getPlatformId, getVersion, home directories, the PLATFORM_* constants, and the rest.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/ApplicationProperties.java
package com.atlassian.sal.api;

/** The host application's own properties; here only its base URL. */
public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);
}
