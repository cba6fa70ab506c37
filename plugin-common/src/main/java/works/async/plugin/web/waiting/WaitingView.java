package works.async.plugin.web.waiting;

import java.util.List;

import works.async.plugin.web.DualTime;
import works.async.plugin.web.Lozenge;
import works.async.plugin.web.ViewModel;

/**
 * The signed-in person's "waiting for me" page: what they owe, soonest due first, and their own figures. Only ever
 * built for the viewer, from their own agreements; it names nobody else's figures and ranks nobody.
 *
 * @param heading     the page heading
 * @param zoneText    "Due times are in your time (Europe/Berlin)."
 * @param sections    replies, ownership, reports, agreements, in that order
 * @param figures     the viewer's own figures
 * @param figuresText who sees the figures (the viewer alone) and what they cover
 */
@ViewModel
public record WaitingView(String heading, String zoneText, List<Section> sections, List<Figure> figures,
                          String figuresText) {

    public WaitingView {
        sections = List.copyOf(sections);
        figures = List.copyOf(figures);
    }

    /**
     * One kind of thing waiting.
     *
     * @param id        element id suffix, e.g. {@code replies}
     * @param title     the section heading with its count
     * @param emptyText what the section says when nothing of the kind waits
     * @param entries   soonest due first
     */
    @ViewModel
    public record Section(String id, String title, String emptyText, List<Entry> entries) {

        public Section {
            entries = List.copyOf(entries);
        }

        public boolean isEmpty() {
            return entries.isEmpty();
        }
    }

    /**
     * One thing waiting for the viewer.
     *
     * @param title   what it is on: "DEMO-1 Checkout: retry failed card payments once", a page's or report's title
     * @param href    where it is answered (the issue, the page, the report, the project's page)
     * @param detail  what is asked of the viewer, in a sentence
     * @param due     the due time in the viewer's own time, or null when there is none (an agreement)
     * @param dueText "Due Tue 10 Mar 10:00 (your time, Europe/London)", or "No due time"
     * @param state   "Overdue" when the due time has passed, else null
     */
    @ViewModel
    public record Entry(String title, String href, String detail, DualTime due, String dueText, Lozenge state) {

        public boolean hasDue() {
            return due != null;
        }

        public boolean hasState() {
            return state != null;
        }
    }

    /**
     * One of the viewer's own figures.
     *
     * @param id     element id, e.g. {@code async-work-own-replies}
     * @param label  what it measures
     * @param value  the figure, or "No data"
     * @param detail how it was counted
     */
    @ViewModel
    public record Figure(String id, String label, String value, String detail) {
    }
}
