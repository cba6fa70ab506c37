// Mirrors com.atlassian.user.search.query.GroupNameTermQuery (atlassian-user 3.0, as Confluence 8.7.2 ships it; class
// extends AbstractSingleTermQuery<Group> implements GroupQuery): both constructors, (String term) and (String term,
// String matchingRule), real behaviour. Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show.
// Certainty: verified for Confluence 8.7.2; likely for Confluence 10 (Confluence's embedded Crowd maps it to a Crowd
// restriction on the group name, GroupTermKeys.NAME, in QueryRestrictionConverter of
// atlassian-embedded-crowd-atlassian-user 8.7.2).
// File read: ngannk-fptu/Decompiled-Files com.atlassian.user_atlassian-user-3.0/com/atlassian/user/search/query/GroupNameTermQuery.java
package com.atlassian.user.search.query;

import com.atlassian.user.Group;

/** A search on the name of groups. */
public class GroupNameTermQuery extends AbstractSingleTermQuery<Group> implements GroupQuery {

    public GroupNameTermQuery(String term) {
        super(term);
    }

    public GroupNameTermQuery(String term, String matchingRule) {
        super(term, matchingRule);
    }
}
