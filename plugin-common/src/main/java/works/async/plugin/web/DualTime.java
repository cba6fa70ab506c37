package works.async.plugin.web;

/**
 * One moment written in the viewer's local time and, when the other person lives elsewhere, in theirs too:
 * "Tue 10 Mar 10:00 (your time, Europe/London) · Tue 10 Mar 18:00 (Bob's time, Asia/Singapore)".
 *
 * @param iso        the instant, ISO-8601 UTC (for the {@code datetime} attribute and scripts)
 * @param viewerText the viewer's local time, bare (print {@code label}: it says whose time it is)
 * @param otherText  the other person's local time, or null when it reads the same as the viewer's
 * @param label      the whole sentence, ready to print
 * @param past       whether the moment has passed (an overdue due time)
 */
@ViewModel
public record DualTime(String iso, String viewerText, String otherText, String label, boolean past) {

    public boolean hasOther() {
        return otherText != null;
    }
}
