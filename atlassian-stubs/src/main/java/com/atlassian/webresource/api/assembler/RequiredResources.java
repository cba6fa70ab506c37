// Mirrors com.atlassian.webresource.api.assembler.RequiredResources (atlassian-plugins-webresource-api 6.1.1;
// interface, @ExperimentalApi), only the member used: "@Nonnull RequiredResources requireWebResource(@Nonnull String
// completeKey)" ("plugin.key:module-key"). Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled
// Confluence 8.7.2 install), read with git show; ../shared/ATLASSIAN-API.md A13. Certainty: verified for 6.1.1;
// platform 7/8 likely identical. Left out: the ResourcePhase overloads, requireModule, requireContext, exclude,
// requirePage, excludeSuperbatch, requireSuperbatch. JSR-305 annotations left out; they change nothing for callers.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.plugins_atlassian-plugins-webresource-api-6.1.1/com/atlassian/webresource/api/assembler/RequiredResources.java
package com.atlassian.webresource.api.assembler;

/** The web resources a page requires; each call adds one and returns this for chaining. */
public interface RequiredResources {

    RequiredResources requireWebResource(String completeKey);
}
