// Mirrors com.atlassian.jira.user.ApplicationUser (jira-api; interface), only the members the plugin uses.
// Source: ../shared/ATLASSIAN-API.md, Jira table: "ApplicationUser (interface): String getKey(); String getUsername();
// String getName(); Long getId(); String getDisplayName(); String getEmailAddress(); boolean isActive()", from the
// Jira 7 javadoc (JDOC7), with Jira Software 11 signatures using the type. Certainty for Jira 11: likely.
// Left out: getDirectoryId() and getDirectoryUser() (crowd types the plugin never reads).
package com.atlassian.jira.user;

/** A Jira user. Its key (a String, unlike SAL's UserKey) is stable across renames; its user name is not. */
public interface ApplicationUser {

    String getKey();

    String getUsername();

    String getName();

    Long getId();

    String getDisplayName();

    String getEmailAddress();

    boolean isActive();
}
