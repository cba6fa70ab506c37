package works.async.plugin.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

import net.java.ao.Query;
import works.async.core.ownership.OwnershipState;
import works.async.core.reply.ReplyState;
import works.async.core.report.MeetingReport;

/**
 * Upgrade task 4: the due-time index. Adds NEXT_CHECK_AT (indexed with the id), PROBLEM and PROBLEM_RETRIES to
 * ownership requests, reply requests and report reviewers, and marks every row still waiting for an answer to be
 * looked at by the first pass, which then stores its exact next moment or settles it. The task has no policies or
 * calendars to compute the moment itself, and a moment too early costs one read, where one too late would lose a
 * reminder. Closed rows stay NULL (settled).
 *
 * <p>Pages of {@value #PAGE} rows, each in its own transaction, walked by id; running it again is harmless (it only
 * marks open rows for one more look).
 */
public final class DueIndexUpgradeTask implements ActiveObjectsUpgradeTask {

    static final int PAGE = 500;

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("4");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoModel.asArray());
        String after = "";
        for (OwnershipEntity[] page; (page = ownershipPage(ao, after)).length > 0; after = page[page.length - 1].getId()) {
            OwnershipEntity[] rows = page;
            ao.executeInTransaction(() -> {
                for (OwnershipEntity row : rows) {
                    row.setNextCheckAt(row.getOpenedAt());
                    row.save();
                }
                return null;
            });
        }
        after = "";
        for (ReplyRequestEntity[] page; (page = replyPage(ao, after)).length > 0; after = page[page.length - 1].getId()) {
            ReplyRequestEntity[] rows = page;
            ao.executeInTransaction(() -> {
                for (ReplyRequestEntity row : rows) {
                    row.setNextCheckAt(row.getOpenedAt());
                    row.save();
                }
                return null;
            });
        }
        int afterId = 0;
        for (ReportReviewerEntity[] page; (page = reviewerPage(ao, afterId)).length > 0; afterId = page[page.length - 1].getID()) {
            ReportReviewerEntity[] rows = page;
            ao.executeInTransaction(() -> {
                for (ReportReviewerEntity row : rows) {
                    row.setNextCheckAt(0L); // a reviewer row keeps no opening time; any past moment means "look now"
                    row.save();
                }
                return null;
            });
        }
    }

    private static OwnershipEntity[] ownershipPage(ActiveObjects ao, String after) {
        return ao.find(OwnershipEntity.class, Query.select("ID, OPENED_AT, NEXT_CHECK_AT")
                .where("ID > ? AND STATE = ? AND NEXT_CHECK_AT IS NULL", after, OwnershipState.REQUESTED.name())
                .order("ID").limit(PAGE));
    }

    private static ReplyRequestEntity[] replyPage(ActiveObjects ao, String after) {
        return ao.find(ReplyRequestEntity.class, Query.select("ID, OPENED_AT, NEXT_CHECK_AT")
                .where("ID > ? AND STATE = ? AND NEXT_CHECK_AT IS NULL", after, ReplyState.OPEN.name())
                .order("ID").limit(PAGE));
    }

    private static ReportReviewerEntity[] reviewerPage(ActiveObjects ao, int after) {
        return ao.find(ReportReviewerEntity.class, Query.select("ID, NEXT_CHECK_AT")
                .where("ID > ? AND REPORT_STATE = ? AND NEXT_CHECK_AT IS NULL", after, MeetingReport.ReportState.OPEN.name())
                .order("ID").limit(PAGE));
    }
}
