// Mirrors com.atlassian.confluence.user.UserAccessor (Confluence 8.7.2; interface extends the deprecated
// bucket.user.UserAccessor, UserPreferencesAccessor, ConfluenceUserResolver, UserProfilePictureAccessor, GroupResolver,
// GroupMembershipAccessor, UserExistenceChecker), only the members used, declared here although some are inherited
// in the real jar (a call compiled against this interface resolves through the real superinterfaces):
// - @Nullable ConfluenceUser getUserByKey(UserKey), @Nullable ConfluenceUser getUserByName(String) (declared on
//   UserAccessor itself, overriding ConfluenceUserResolver's);
// - SearchResult<User> findUsers(Query<User>) throws EntityException (from bucket.user.UserAccessor);
// - SearchResult<Group> findGroups(Query<Group>) throws EntityException (declared on
//   com.atlassian.user.search.query.EntityQueryParser, which bucket.user.UserAccessor extends; bucket's
//   DefaultUserAccessor answers it from its EntityQueryParser, as findUsers);
// - boolean isDeactivated(User) (declared on UserAccessor itself, and @Deprecated there in 8.7.2 with no replacement
//   named; DefaultUserAccessor answers it from the DisabledUserManager);
// - Group getGroup(String) (@Nullable, from GroupResolver and bucket.user.UserAccessor);
// - Pager<String> getMemberNames(Group) (from GroupMembershipAccessor and bucket.user.UserAccessor; lazy, unlike
//   getMembers(Group), which DefaultUserAccessor resolves whole).
// Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show. Certainty: verified for 8.7.2; the interface itself is imported on Confluence 10.2 by BOOT
// (deftdevs/bootstrapi AtlassianConfig), but these members are UNVERIFIED for Confluence 10 (isDeactivated and the
// bucket.user members were deprecated in 8.7.2 and may have gone since).
// Files read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/user/UserAccessor.java, .../user/GroupResolver.java, .../user/GroupMembershipAccessor.java,
// com.atlassian.confluence_confluence-bucket-8.7.2/bucket/user/UserAccessor.java, .../user/DefaultUserAccessor.java,
// com.atlassian.user_atlassian-user-3.0/com/atlassian/user/search/query/EntityQueryParser.java
package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.EntityException;
import com.atlassian.user.Group;
import com.atlassian.user.User;
import com.atlassian.user.search.SearchResult;
import com.atlassian.user.search.page.Pager;
import com.atlassian.user.search.query.Query;

/** Confluence's people: by key, by name, by search; groups by name and by search, and a group's members. */
public interface UserAccessor {

    ConfluenceUser getUserByName(String name);

    ConfluenceUser getUserByKey(UserKey key);

    SearchResult<User> findUsers(Query<User> query) throws EntityException;

    SearchResult<Group> findGroups(Query<Group> query) throws EntityException;

    boolean isDeactivated(User user);

    Group getGroup(String name);

    Pager<String> getMemberNames(Group group);
}
