package works.async.plugin.web.insight;

import works.async.plugin.web.ViewModel;
import java.util.List;

/**
 * Project insights: team-level figures and weekly charts, drawn as inline SVG and CSS bars by the template (no
 * chart library). Nothing here names a person.
 *
 * @param scopeText "Project DEMO, last 8 weeks"
 * @param figures   headline figures (share of confirmations and replies kept, medians, overdue now)
 * @param charts    weekly charts
 * @param note      the privacy note
 */
@ViewModel
public record InsightsView(String scopeText, List<Figure> figures, List<Chart> charts, String note) {

    public InsightsView {
        figures = List.copyOf(figures);
        charts = List.copyOf(charts);
    }

    /**
     * One headline figure.
     *
     * @param id        DOM id
     * @param label     what it measures
     * @param valueText the figure ("82%", "3.5 working hours", "no data")
     * @param detail    what it is based on ("9 of 11 answered within their window")
     * @param percent   0..100 for a share drawn as a meter, or -1 when it is not a share or there is no data
     */
    @ViewModel
    public record Figure(String id, String label, String valueText, String detail, int percent) {

        public boolean isShare() {
            return percent >= 0;
        }
    }

    /**
     * One weekly chart.
     *
     * @param id      DOM id
     * @param title   heading
     * @param summary the figure that matters, in words
     * @param bars    one bar per week, oldest first
     * @param empty   whether there is nothing to draw yet
     * @param width   the SVG viewBox width, from the number of weeks
     */
    @ViewModel
    public record Chart(String id, String title, String summary, List<Bar> bars, boolean empty, int width) {

        public Chart {
            bars = List.copyOf(bars);
        }
    }

    /**
     * One bar, positioned in SVG units so the template does no arithmetic.
     *
     * @param label     week label ("9 Mar")
     * @param valueText the value over the bar ("82%", "4.5 h")
     * @param height    bar height, 0..100
     * @param y         top of the bar (100 - height)
     * @param x         left of the bar
     * @param title     tooltip ("Week of 9 Mar: 9 of 11 kept")
     */
    @ViewModel
    public record Bar(String label, String valueText, int height, int y, int x, String title) {
    }
}
