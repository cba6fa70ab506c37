package works.async.plugin.web.admin;

import works.async.plugin.web.ViewModel;
import java.util.List;

/**
 * The policy form of one scope (global, a project or a space). Each field shows its own value, or that it
 * inherits, and what is in force; a validation message appears next to the field it names.
 *
 * @param restBase   REST base path for scripts
 * @param restPath   the policy resource, e.g. {@code /policies/projects/DEMO}
 * @param scopeText  "Global policy", "Policy of project DEMO"
 * @param global     whether this is the global scope (nothing to inherit from)
 * @param version    policy version, sent back on save to detect concurrent edits
 * @param sections   fields grouped as the page shows them
 * @param canEdit    whether the viewer may change this policy
 */
@ViewModel
public record PolicyFormView(String restBase, String restPath, String scopeText, boolean global, long version,
                             List<Section> sections, boolean canEdit) {

    public PolicyFormView {
        sections = List.copyOf(sections);
    }

    /**
     * A group of fields under one heading.
     *
     * @param title  heading
     * @param fields the fields
     */
    @ViewModel
    public record Section(String title, List<Field> fields) {

        public Section {
            fields = List.copyOf(fields);
        }
    }

    /**
     * One policy field.
     *
     * @param path          the field path the REST API and validation use, e.g. {@code reply.defaultWindow}
     * @param id            a DOM id derived from the path
     * @param label         label
     * @param description   help text
     * @param kind          input kind: boolean, hours, percent, time, text, textarea, list, target, pattern, dates
     * @param value         own value as the input shows it; empty when inherited
     * @param set           whether this scope sets the field (unchecked "inherit")
     * @param effectiveText the value in force, in words
     * @param sourceText    "inherited from global" or "set here"
     * @param options       for kind {@code target}: the choices
     */
    @ViewModel
    public record Field(String path, String id, String label, String description, String kind, String value,
                        boolean set, String effectiveText, String sourceText, List<Option> options) {

        public Field {
            options = List.copyOf(options);
        }

        public boolean isKind(String k) {
            return kind.equals(k);
        }

        /** For kind {@code target}: the group set here when the target is a group, else empty. */
        public String groupName() {
            return isKind("target") && value.startsWith("GROUP:") ? value.substring("GROUP:".length()) : "";
        }
    }

    /** A choice in a select. */
    @ViewModel
    public record Option(String value, String label, boolean selected) {
    }
}
