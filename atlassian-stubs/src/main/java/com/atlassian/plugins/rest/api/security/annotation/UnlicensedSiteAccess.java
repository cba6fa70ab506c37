// Mirrors com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess (atlassian-rest-v2-api, platform 7+), described in
// https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints
// Package and name verified by public plugin sources (deftdevs/bootstrapi REST resources, atlassian-labs slack
// integration). @Retention(RUNTIME) is required by the runtime access filter; @Target is NOT verified from the v2
// source: {TYPE, METHOD} is the conservative subset (rest-common's UnrestrictedAccess also allowed PACKAGE).
package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** REST v2 access rule: see the platform 7 secure-endpoints page cited above. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface UnlicensedSiteAccess {
}
