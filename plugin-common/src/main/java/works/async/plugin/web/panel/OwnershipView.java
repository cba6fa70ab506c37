package works.async.plugin.web.panel;

import works.async.plugin.web.ViewModel;
import works.async.plugin.web.DualTime;
import works.async.plugin.web.Lozenge;

/**
 * The ownership block of the issue panel.
 *
 * @param ownerKey          the owner's user key (a coordinator confirms on behalf of it)
 * @param ownerName         the owner's display name
 * @param state             the core state name (REQUESTED, CONFIRMED, ...), for scripts and tests
 * @param lozenge           the state as shown
 * @param due               when confirmation is due, in the viewer's and the owner's local time
 * @param committedDate     the date the owner committed to, formatted, or null
 * @param declineReason     the reason exactly as typed (user text), or null
 * @param actedText         who acted and when ("Confirmed by Carol on behalf of Bob"), or null
 * @param closedText        why and when a withdrawn request closed ("Closed on ...: the issue was resolved ..."), or null
 * @param waiting           whether the owner still owes an answer
 * @param canAct            whether the viewer is the owner and may confirm or decline now
 * @param canActOnBehalf    whether the viewer is a coordinator (not the owner) who may confirm for the owner
 */
@ViewModel
public record OwnershipView(String ownerKey, String ownerName, String state, Lozenge lozenge, DualTime due, String committedDate,
                            String declineReason, String actedText, String closedText, boolean waiting, boolean canAct,
                            boolean canActOnBehalf) {

    public boolean hasCommittedDate() {
        return committedDate != null;
    }

    public boolean hasDeclineReason() {
        return declineReason != null;
    }

    public boolean hasClosedText() {
        return closedText != null;
    }

    public boolean hasActedText() {
        return actedText != null;
    }
}
