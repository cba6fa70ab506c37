package works.async.plugin.web;

/**
 * A state shown as an AUI lozenge.
 *
 * @param text     the label, from the bundle
 * @param modifier AUI lozenge modifier: {@code success}, {@code current}, {@code moved}, {@code error},
 *                 {@code complete} or {@code default}
 */
@ViewModel
public record Lozenge(String text, String modifier) {

    /** The CSS classes of the lozenge, e.g. {@code aui-lozenge aui-lozenge-success}. */
    public String cssClass() {
        return "default".equals(modifier) ? "aui-lozenge" : "aui-lozenge aui-lozenge-" + modifier;
    }
}
