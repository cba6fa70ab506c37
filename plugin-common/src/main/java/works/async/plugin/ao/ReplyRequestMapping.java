package works.async.plugin.ao;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import works.async.core.reply.ReplyOrigin;
import works.async.core.reply.ReplyRequest;
import works.async.core.reply.ReplyState;
import works.async.plugin.followup.Followup;

/** Reply request record to columns and back. */
final class ReplyRequestMapping {

    private ReplyRequestMapping() {
    }

    /** The row's followup as the escalation pass stored it. */
    static Followup followup(ReplyRequestEntity e) {
        return CheckedRows.read(e);
    }

    static ReplyRequest toRecord(ReplyRequestEntity e) {
        return new ReplyRequest(e.getId(), e.getGroupId(), Columns.item(e.getItemKind(), e.getContainerKey(), e.getItemKey()),
                e.getItemType(), e.getAsker(), e.getRecipient(), e.getQuestion(),
                new ReplyOrigin(ReplyOrigin.Kind.valueOf(e.getOriginKind()), e.getOriginSource()),
                Duration.ofMillis(e.getWindowMillis()), Columns.instant(e.getOpenedAt()),
                Columns.instant(e.getOriginalDueAt()), Columns.instant(e.getRenegotiatedDueAt()),
                ReplyState.valueOf(e.getState()), Columns.instant(e.getClosedAt()), e.getClosedBy(), e.getCloseReason(),
                e.getAnswerCommentId(), e.isReminded(), e.getEscalationLevel(), e.getVersion());
    }

    /** Every column, for the INSERT of a new row (NOT NULL columns must be present at insert). */
    static Map<String, Object> columns(ReplyRequest r, Followup followup) {
        Followup next = followup != null ? followup : Followup.lookNext(r.isOpen(), r.openedAt());
        Map<String, Object> c = new HashMap<>();
        c.put("ID", r.id());
        c.put("GROUP_ID", r.groupId());
        c.put("ITEM_KIND", r.item().kind().name());
        c.put("CONTAINER_KEY", r.item().containerKey());
        c.put("ITEM_KEY", r.item().itemKey());
        c.put("ITEM_TYPE", r.itemType());
        c.put("ASKER", r.asker());
        c.put("RECIPIENT", r.recipient());
        c.put("QUESTION", r.question());
        c.put("ORIGIN_KIND", r.origin().kind().name());
        c.put("ORIGIN_SOURCE", r.origin().sourceId());
        c.put("WINDOW_MILLIS", r.window().toMillis());
        c.put("OPENED_AT", r.openedAt().toEpochMilli());
        c.put("ORIGINAL_DUE_AT", r.originalDueAt().toEpochMilli());
        c.put("RENEGOTIATED_DUE_AT", Columns.millis(r.renegotiatedDueAt()));
        c.put("DUE_AT", r.dueAt().toEpochMilli());
        c.put("STATE", r.state().name());
        c.put("CLOSED_AT", Columns.millis(r.closedAt()));
        c.put("CLOSED_BY", r.closedBy());
        c.put("CLOSE_REASON", r.closeReason());
        c.put("ANSWER_COMMENT_ID", r.answerCommentId());
        c.put("REMINDED", r.reminded());
        c.put("ESCALATION_LEVEL", r.escalationLevel());
        c.put("VERSION", r.version());
        c.put("NEXT_CHECK_AT", Columns.millis(next.nextCheckAt()));
        c.put("PROBLEM", next.problem());
        c.put("PROBLEM_RETRIES", next.retries() == 0 ? null : next.retries());
        return c;
    }

    /**
     * Writes the columns a request can change after it was opened (item, people, question and origin never change)
     * in one UPDATE. Only columns whose value differs are set: AO's entity marks every set column dirty, and a
     * shorter UPDATE is cheaper to send and lets the database skip index work for unchanged indexed columns.
     */
    static void applyChanges(ReplyRequestEntity e, ReplyRequest r, Followup followup) {
        Followup next = followup != null ? followup : Followup.lookNext(r.isOpen(), r.openedAt());
        CheckedRows.write(next, e);
        long originalDue = r.originalDueAt().toEpochMilli();
        if (e.getOriginalDueAt() != originalDue) {
            e.setOriginalDueAt(originalDue);
        }
        Long renegotiated = Columns.millis(r.renegotiatedDueAt());
        if (!Objects.equals(e.getRenegotiatedDueAt(), renegotiated)) {
            e.setRenegotiatedDueAt(renegotiated);
        }
        long due = r.dueAt().toEpochMilli();
        if (e.getDueAt() != due) {
            e.setDueAt(due);
        }
        if (!r.state().name().equals(e.getState())) {
            e.setState(r.state().name());
        }
        Long closedAt = Columns.millis(r.closedAt());
        if (!Objects.equals(e.getClosedAt(), closedAt)) {
            e.setClosedAt(closedAt);
        }
        if (!Objects.equals(e.getClosedBy(), r.closedBy())) {
            e.setClosedBy(r.closedBy());
        }
        if (!Objects.equals(e.getCloseReason(), r.closeReason())) {
            e.setCloseReason(r.closeReason());
        }
        if (!Objects.equals(e.getAnswerCommentId(), r.answerCommentId())) {
            e.setAnswerCommentId(r.answerCommentId());
        }
        if (e.isReminded() != r.reminded()) {
            e.setReminded(r.reminded());
        }
        if (e.getEscalationLevel() != r.escalationLevel()) {
            e.setEscalationLevel(r.escalationLevel());
        }
        // The version always moves (a write that changes nothing else still takes a step), so there is always an UPDATE.
        e.setVersion(r.version());
        e.save();
    }
}
