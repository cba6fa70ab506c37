// Mirrors com.atlassian.user.search.query.GroupQuery (atlassian-user 3.0, as Confluence 8.7.2 ships it; interface
// extends Query<Group>, no members). Needed only as the interface the group term query implements. Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show.
// Certainty: verified for Confluence 8.7.2; likely for Confluence 10.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.user_atlassian-user-3.0/com/atlassian/user/search/query/GroupQuery.java
package com.atlassian.user.search.query;

import com.atlassian.user.Group;

/** A search for groups. */
public interface GroupQuery extends Query<Group> {
}
