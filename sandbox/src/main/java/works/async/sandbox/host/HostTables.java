package works.async.sandbox.host;

import java.util.List;

import net.java.ao.RawEntity;

/** The sandbox's own tables (namespace {@value #NAMESPACE}), created or extended at every start. */
public final class HostTables {

    /** AO namespace of the host tables; the plugin's tables use the Jira plugin's key. */
    public static final String NAMESPACE = "works.async.sandbox";

    private HostTables() {
    }

    public static List<Class<? extends RawEntity<?>>> entities() {
        return List.of(UserEntity.class, ProjectEntity.class, IssueEntity.class, IssueCommentEntity.class,
                SpaceEntity.class, PageEntity.class, PageCommentEntity.class, MailEntity.class, MarkerEntity.class,
                MailRepeatEntity.class);
    }

    @SuppressWarnings("unchecked")
    static Class<? extends RawEntity<?>>[] asArray() {
        return entities().toArray(new Class[0]);
    }
}
