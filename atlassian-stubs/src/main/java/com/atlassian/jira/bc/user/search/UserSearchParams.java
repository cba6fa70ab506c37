// Mirrors com.atlassian.jira.bc.user.search.UserSearchParams (jira-api; public class), only the members used:
// "public static Builder builder()" and the nested "public static class Builder" with "public Builder
// allowEmptyQuery(boolean)", "includeActive(boolean)", "includeInactive(boolean)" and "public UserSearchParams build()".
// Source: a public copy of jira-api's UserSearchParams.java (Jira 6.2+, "@since v5.1.5"), and compiling usage of the same
// builder calls in a decompiled analytics-client 8.3.1 (Jira build). The Jira 10.2 javadoc page of the class shows the
// ACTIVE_USERS_* constants deprecated since 8.20 (hence the builder, not them). The builder's maxResults setter is NOT
// mirrored: its parameter type (int or Integer) was not read, so the plugin bounds the result itself. The getters
// allowEmptyQuery(), includeActive(), includeInactive() (same source; listed in the Jira 10.2 javadoc) let tests check
// what the plugin asks for. A small value class, so the stand-in implements the real behaviour (its six-argument
// constructor, with crowd UserFilter and project ids, is reduced to a private one of the three flags).
// Certainty for Jira 11: likely (verified for Jira 6.2 source; usage on later lines).
package com.atlassian.jira.bc.user.search;

/** Restricts a user search: active or inactive users, empty query allowed or not. A value class: real behaviour. */
public class UserSearchParams {

    private final boolean allowEmptyQuery;
    private final boolean includeActive;
    private final boolean includeInactive;

    private UserSearchParams(boolean allowEmptyQuery, boolean includeActive, boolean includeInactive) {
        this.allowEmptyQuery = allowEmptyQuery;
        this.includeActive = includeActive;
        this.includeInactive = includeInactive;
    }

    public boolean allowEmptyQuery() {
        return allowEmptyQuery;
    }

    public boolean includeActive() {
        return includeActive;
    }

    public boolean includeInactive() {
        return includeInactive;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds search params; every setter returns the builder. Defaults as in the source read: active users only. */
    public static class Builder {

        private boolean allowEmptyQuery = false;
        private boolean includeActive = true;
        private boolean includeInactive = false;

        public Builder allowEmptyQuery(boolean allowEmptyQuery) {
            this.allowEmptyQuery = allowEmptyQuery;
            return this;
        }

        public Builder includeActive(boolean includeActive) {
            this.includeActive = includeActive;
            return this;
        }

        public Builder includeInactive(boolean includeInactive) {
            this.includeInactive = includeInactive;
            return this;
        }

        public UserSearchParams build() {
            return new UserSearchParams(allowEmptyQuery, includeActive, includeInactive);
        }
    }
}
