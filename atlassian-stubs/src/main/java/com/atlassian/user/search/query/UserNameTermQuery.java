// Mirrors com.atlassian.user.search.query.UserNameTermQuery (atlassian-user 3.0, as Confluence 8.7.2 ships it; class extends
// AbstractSingleTermQuery<User> implements UserQuery): both constructors, (String term) and (String term, String
// matchingRule), real behaviour. Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show.
// Certainty: verified for Confluence 8.7.2; likely for Confluence 10 (Confluence's embedded Crowd maps it to a Crowd
// restriction, QueryRestrictionConverter in atlassian-embedded-crowd-atlassian-user 8.7.2).
// File read: ngannk-fptu/Decompiled-Files com.atlassian.user_atlassian-user-3.0/com/atlassian/user/search/query/UserNameTermQuery.java
package com.atlassian.user.search.query;

import com.atlassian.user.User;

/** A search on the user name of users. */
public class UserNameTermQuery extends AbstractSingleTermQuery<User> implements UserQuery {

    public UserNameTermQuery(String term) {
        super(term);
    }

    public UserNameTermQuery(String term, String matchingRule) {
        super(term, matchingRule);
    }
}
