// Mirrors com.atlassian.jira.bc.group.search.GroupPickerSearchService (jira-api; @PublicApi interface since 4.4), only
// the member used: "List<Group> findGroups(String query)" (com.atlassian.crowd.embedded.api.Group; unique and sorted).
// Sources: the Jira 7.0.8 javadoc package summary of com.atlassian.jira.bc.group.search (the interface and its
// UserManager-based implementation) and a public copy of the Jira 6 jira-api source of this interface (findGroups(String),
// getGroupByName(String)); GroupManager.getAllGroups() is deprecated since Jira 7 in favour of this service. Certainty:
// likely for Jira 11 (not read from a Jira 11 jar; later lines may add overloads, this one is not known to be gone).
package com.atlassian.jira.bc.group.search;

import java.util.List;

import com.atlassian.crowd.embedded.api.Group;

/** Jira's groups by part of their name, as its group pickers find them. */
public interface GroupPickerSearchService {

    List<Group> findGroups(String query);
}
