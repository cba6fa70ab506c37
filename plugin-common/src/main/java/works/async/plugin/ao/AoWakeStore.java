package works.async.plugin.ao;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;
import works.async.core.report.MeetingReport;
import works.async.plugin.followup.WakeStore;

/**
 * The wake table in Active Objects. {@link #earliestStored} knows every column the pass reads by an index, one
 * indexed "first row" read each; it runs only after a full pass, never when nothing is due.
 */
public final class AoWakeStore implements WakeStore {

    private final ActiveObjects ao;

    public AoWakeStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public boolean anyDue(Instant now) {
        return ao.find(WakeEntity.class, Query.select("ID, WAKE_AT").where("WAKE_AT <= ?", now.toEpochMilli())
                .limit(1)).length > 0;
    }

    @Override
    public List<Integer> read(int limit) {
        return Arrays.stream(ao.find(WakeEntity.class, Query.select("ID, WAKE_AT").order("WAKE_AT, ID").limit(limit)))
                .map(WakeEntity::getID).toList();
    }

    @Override
    public Optional<Instant> earliestStored() {
        Long earliest = null;
        for (OwnershipEntity row : ao.find(OwnershipEntity.class, Query.select("ID, NEXT_CHECK_AT")
                .where("NEXT_CHECK_AT IS NOT NULL").order("NEXT_CHECK_AT").limit(1))) {
            earliest = WakeRows.earlier(earliest, row.getNextCheckAt());
        }
        for (ReplyRequestEntity row : ao.find(ReplyRequestEntity.class, Query.select("ID, NEXT_CHECK_AT")
                .where("NEXT_CHECK_AT IS NOT NULL").order("NEXT_CHECK_AT").limit(1))) {
            earliest = WakeRows.earlier(earliest, row.getNextCheckAt());
        }
        for (ReportReviewerEntity row : ao.find(ReportReviewerEntity.class, Query.select("ID, NEXT_CHECK_AT")
                .where("NEXT_CHECK_AT IS NOT NULL").order("NEXT_CHECK_AT").limit(1))) {
            earliest = WakeRows.earlier(earliest, row.getNextCheckAt());
        }
        for (OutboxEntity row : ao.find(OutboxEntity.class, Query.select("ID, DELIVER_AT")
                .where("DELIVERED_AT = ?", 0L).order("DELIVER_AT").limit(1))) {
            earliest = WakeRows.earlier(earliest, row.getDeliverAt());
        }
        for (ReportEntity row : ao.find(ReportEntity.class, Query.select("ID, CLOSES_AT")
                .where("STATE = ?", MeetingReport.ReportState.OPEN.name()).order("CLOSES_AT").limit(1))) {
            earliest = WakeRows.earlier(earliest, row.getClosesAt());
        }
        return Optional.ofNullable(Columns.instant(earliest));
    }

    @Override
    public void replace(List<Integer> read, Instant next) {
        ao.executeInTransaction(() -> {
            WakeRows.at(ao, Columns.millis(next));
            for (int from = 0; from < read.size(); from += Columns.MAX_IN_LIST) {
                List<Integer> chunk = read.subList(from, Math.min(read.size(), from + Columns.MAX_IN_LIST));
                ao.deleteWithSQL(WakeEntity.class, "ID IN (" + Columns.placeholders(chunk.size()) + ")", chunk.toArray());
            }
            return null;
        });
    }
}
