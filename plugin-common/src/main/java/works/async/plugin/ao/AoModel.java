package works.async.plugin.ao;

import java.util.List;

import net.java.ao.RawEntity;

/** Every entity of the plugins' Active Objects model, in the order the upgrade tasks migrate them. */
public final class AoModel {

    private AoModel() {
    }

    /**
     * The entities of the current model, version 9 (versions 4, 5 and 6 add columns, 7 the agreement
     * acknowledgements' table, 8 the escalation pass's wakes, 9 the ownership requests' closing reason; the {@code <entity>} elements of both descriptors list
     * the same).
     * Every upgrade task migrates to this list: AO's migrate adds tables, columns and indexes (and would drop an index
     * no entity declares any more); it never drops a table or column.
     */
    public static List<Class<? extends RawEntity<?>>> entities() {
        return List.of(RevisionEntity.class, OwnershipEntity.class, ReplyRequestEntity.class, OutboxEntity.class,
                ReportEntity.class, ReportReviewerEntity.class, ReportFeedbackEntity.class, ReportSeriesEntity.class,
                PolicyEntity.class, PersonalScheduleEntity.class, AgreementAckEntity.class, WakeEntity.class);
    }

    @SuppressWarnings("unchecked")
    static Class<? extends RawEntity<?>>[] asArray() {
        return entities().toArray(new Class[0]);
    }
}
