// Mirrors com.atlassian.crowd.embedded.api.Group (embedded-crowd-api; interface extends Comparable<Group>), all its
// members: String getName(), boolean equals(Object), int hashCode(), int compareTo(Group). Source: ngannk-fptu/Decompiled-Files
// @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install, which ships embedded-crowd-api 5.1.6), read with git show; Jira's
// GroupManager and GroupPickerSearchService answer this type (Jira 7 javadoc). Certainty: verified for embedded-crowd-api
// 5.1.6; likely for the Crowd API of Jira 11.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.crowd_embedded-crowd-api-5.1.6/com/atlassian/crowd/embedded/api/Group.java
package com.atlassian.crowd.embedded.api;

/** A group of the embedded Crowd directory (Jira's groups), known by its name. */
public interface Group extends Comparable<Group> {

    String getName();

    @Override
    boolean equals(Object other);

    @Override
    int hashCode();

    @Override
    int compareTo(Group other);
}
