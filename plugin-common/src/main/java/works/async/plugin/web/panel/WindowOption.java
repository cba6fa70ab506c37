package works.async.plugin.web.panel;

import works.async.plugin.web.ViewModel;
/**
 * A reply window the asker can choose.
 *
 * @param minutes  working minutes (what the REST API takes)
 * @param label    "16 working hours"
 * @param selected whether it is the policy's default window
 */
@ViewModel
public record WindowOption(long minutes, String label, boolean selected) {
}
