// Mirrors com.atlassian.user.search.query.AbstractSingleTermQuery (atlassian-user 3.0, as Confluence 8.7.2 ships it;
// public class, not abstract despite its name, implements TermQuery<T>): both constructors and the three getters, with
// the real behaviour (the two-argument constructor accepts only the three SUBSTRING_* rules, compared by identity as
// the real class does, and throws IllegalArgumentException otherwise), so tests can read the query that was asked.
// Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show. Certainty: verified for Confluence 8.7.2; likely for Confluence 10.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.user_atlassian-user-3.0/com/atlassian/user/search/query/AbstractSingleTermQuery.java
package com.atlassian.user.search.query;

import com.atlassian.user.Entity;

/** A term query of one field. */
public class AbstractSingleTermQuery<T extends Entity> implements TermQuery<T> {

    protected String matchingRule;
    protected boolean matchingSubstring;
    protected String term;

    public AbstractSingleTermQuery(String term) {
        this.term = term;
    }

    @SuppressWarnings("StringEquality")
    public AbstractSingleTermQuery(String term, String matchingRule) {
        this.term = term;
        if (matchingRule != SUBSTRING_CONTAINS && matchingRule != SUBSTRING_ENDS_WITH
                && matchingRule != SUBSTRING_STARTS_WITH) {
            throw new IllegalArgumentException("Invalid substring matching rule");
        }
        this.matchingRule = matchingRule;
        this.matchingSubstring = true;
    }

    @Override
    public String getTerm() {
        return term;
    }

    @Override
    public String getMatchingRule() {
        return matchingRule;
    }

    @Override
    public boolean isMatchingSubstring() {
        return matchingSubstring;
    }
}
