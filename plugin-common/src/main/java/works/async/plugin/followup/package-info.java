/**
 * What the escalation pass stores on each row it plans (its next moment and its problem) and the values the stores'
 * scans and page writes exchange. Shared by the ownership, reply and report ports and the escalation pass, so none of
 * them needs another to name these.
 */
package works.async.plugin.followup;
