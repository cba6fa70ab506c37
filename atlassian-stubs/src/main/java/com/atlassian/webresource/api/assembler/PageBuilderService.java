// Mirrors com.atlassian.webresource.api.assembler.PageBuilderService (atlassian-plugins-webresource-api 6.1.1;
// interface, @ExperimentalApi), only the member used: "WebResourceAssembler assembler()" (the current request's).
// Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show;
// ../shared/ATLASSIAN-API.md A13. Certainty: verified for 6.1.1; platform 7/8 likely identical (no servlet types).
// Left out: seed(WebResourceAssembler).
// File read: ngannk-fptu/Decompiled-Files com.atlassian.plugins_atlassian-plugins-webresource-api-6.1.1/com/atlassian/webresource/api/assembler/PageBuilderService.java
package com.atlassian.webresource.api.assembler;

/** The web resources of the page being built for the current request. */
public interface PageBuilderService {

    WebResourceAssembler assembler();
}
