package works.async.plugin.ao;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import works.async.core.ownership.OwnershipRequest;
import works.async.core.ownership.OwnershipState;
import works.async.plugin.followup.Followup;

/** Ownership request record to columns and back. */
final class OwnershipMapping {

    private OwnershipMapping() {
    }

    /** The row's followup as the escalation pass stored it. */
    static Followup followup(OwnershipEntity e) {
        return CheckedRows.read(e);
    }

    static OwnershipRequest toRecord(OwnershipEntity e) {
        return new OwnershipRequest(e.getId(), Columns.item(e.getItemKind(), e.getContainerKey(), e.getItemKey()),
                e.getOwnerKey(), e.getRequestedBy(), Duration.ofMillis(e.getWindowMillis()),
                Columns.instant(e.getOpenedAt()), Columns.instant(e.getDueAt()), OwnershipState.valueOf(e.getState()),
                e.getCommittedDate() == null ? null : LocalDate.parse(e.getCommittedDate()), e.getDeclineReason(),
                e.getActedBy(), e.isOnBehalf(), Columns.instant(e.getActedAt()), Columns.instant(e.getEndedAt()),
                e.getCloseReason(), e.isReminded(), e.getEscalationLevel(), e.getVersion());
    }

    static Map<String, Object> columns(OwnershipRequest r, Followup followup) {
        Followup next = followup != null ? followup : Followup.lookNext(r.awaitsAnswer(), r.openedAt());
        Map<String, Object> c = new HashMap<>();
        c.put("ID", r.id());
        c.put("ITEM_KIND", r.item().kind().name());
        c.put("CONTAINER_KEY", r.item().containerKey());
        c.put("ITEM_KEY", r.item().itemKey());
        c.put("OWNER_KEY", r.owner());
        c.put("REQUESTED_BY", r.requestedBy());
        c.put("WINDOW_MILLIS", r.window().toMillis());
        c.put("OPENED_AT", r.openedAt().toEpochMilli());
        c.put("DUE_AT", r.dueAt().toEpochMilli());
        c.put("STATE", r.state().name());
        c.put("COMMITTED_DATE", r.committedDate() == null ? null : r.committedDate().toString());
        c.put("DECLINE_REASON", r.declineReason());
        c.put("ACTED_BY", r.actedBy());
        c.put("ON_BEHALF", r.onBehalf());
        c.put("ACTED_AT", Columns.millis(r.actedAt()));
        c.put("ENDED_AT", Columns.millis(r.endedAt()));
        c.put("CLOSE_REASON", r.closeReason());
        c.put("REMINDED", r.reminded());
        c.put("ESCALATION_LEVEL", r.escalationLevel());
        c.put("VERSION", r.version());
        c.put("NEXT_CHECK_AT", Columns.millis(next.nextCheckAt()));
        c.put("PROBLEM", next.problem());
        c.put("PROBLEM_RETRIES", next.retries() == 0 ? null : next.retries());
        return c;
    }

    /**
     * Writes the columns that change after opening (item, people, window and times are fixed at opening) in one
     * UPDATE, setting only those whose value differs (AO marks every set column dirty; see ReplyRequestMapping).
     */
    static void applyChanges(OwnershipEntity e, OwnershipRequest r, Followup followup) {
        Followup next = followup != null ? followup : Followup.lookNext(r.awaitsAnswer(), r.openedAt());
        CheckedRows.write(next, e);
        if (!r.state().name().equals(e.getState())) {
            e.setState(r.state().name());
        }
        String committed = r.committedDate() == null ? null : r.committedDate().toString();
        if (!Objects.equals(e.getCommittedDate(), committed)) {
            e.setCommittedDate(committed);
        }
        if (!Objects.equals(e.getDeclineReason(), r.declineReason())) {
            e.setDeclineReason(r.declineReason());
        }
        if (!Objects.equals(e.getActedBy(), r.actedBy())) {
            e.setActedBy(r.actedBy());
        }
        if (e.isOnBehalf() != r.onBehalf()) {
            e.setOnBehalf(r.onBehalf());
        }
        Long actedAt = Columns.millis(r.actedAt());
        if (!Objects.equals(e.getActedAt(), actedAt)) {
            e.setActedAt(actedAt);
        }
        Long endedAt = Columns.millis(r.endedAt());
        if (!Objects.equals(e.getEndedAt(), endedAt)) {
            e.setEndedAt(endedAt);
        }
        if (!Objects.equals(e.getCloseReason(), r.closeReason())) {
            e.setCloseReason(r.closeReason());
        }
        if (e.isReminded() != r.reminded()) {
            e.setReminded(r.reminded());
        }
        if (e.getEscalationLevel() != r.escalationLevel()) {
            e.setEscalationLevel(r.escalationLevel());
        }
        e.setVersion(r.version());
        e.save();
    }
}
