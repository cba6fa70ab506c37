// Mirrors com.atlassian.webresource.api.assembler.WebResourceAssembler (atlassian-plugins-webresource-api 6.1.1;
// interface, @ExperimentalApi), only the member used: "RequiredResources resources()". Source:
// ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show;
// ../shared/ATLASSIAN-API.md A13. Certainty: verified for 6.1.1; platform 7/8 likely identical. Left out:
// assembled(), data(), copy().
// File read: ngannk-fptu/Decompiled-Files com.atlassian.plugins_atlassian-plugins-webresource-api-6.1.1/com/atlassian/webresource/api/assembler/WebResourceAssembler.java
package com.atlassian.webresource.api.assembler;

/** Collects what one page needs: here, the web resources it requires. */
public interface WebResourceAssembler {

    RequiredResources resources();
}
