package works.async.plugin.ao;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import works.async.core.ownership.OwnershipRequest;
import works.async.core.ownership.OwnershipState;

/** Ownership request record to columns and back. */
final class OwnershipMapping {

    private OwnershipMapping() {
    }

    static OwnershipRequest toRecord(OwnershipEntity e) {
        return new OwnershipRequest(e.getId(), Columns.item(e.getItemKind(), e.getContainerKey(), e.getItemKey()),
                e.getOwnerKey(), e.getRequestedBy(), Duration.ofMillis(e.getWindowMillis()),
                Columns.instant(e.getOpenedAt()), Columns.instant(e.getDueAt()), OwnershipState.valueOf(e.getState()),
                e.getCommittedDate() == null ? null : LocalDate.parse(e.getCommittedDate()), e.getDeclineReason(),
                e.getActedBy(), e.isOnBehalf(), Columns.instant(e.getActedAt()), Columns.instant(e.getEndedAt()),
                e.isReminded(), e.getEscalationLevel(), e.getVersion());
    }

    static Map<String, Object> columns(OwnershipRequest r) {
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
        c.put("REMINDED", r.reminded());
        c.put("ESCALATION_LEVEL", r.escalationLevel());
        c.put("VERSION", r.version());
        return c;
    }

    /** The columns that change after opening (item, people, window and times are fixed at opening). */
    static void applyChanges(OwnershipEntity e, OwnershipRequest r) {
        e.setState(r.state().name());
        e.setCommittedDate(r.committedDate() == null ? null : r.committedDate().toString());
        e.setDeclineReason(r.declineReason());
        e.setActedBy(r.actedBy());
        e.setOnBehalf(r.onBehalf());
        e.setActedAt(Columns.millis(r.actedAt()));
        e.setEndedAt(Columns.millis(r.endedAt()));
        e.setReminded(r.reminded());
        e.setEscalationLevel(r.escalationLevel());
        e.setVersion(r.version());
        e.save();
    }
}
