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
 * @param types      a project's or space's item-type policies, with the types one may add; null on other scopes
 * @param back       on an item type's policy, the link back to its project's or space's; null elsewhere
 */
@ViewModel
public record PolicyFormView(String restBase, String restPath, String scopeText, boolean global, long version,
                             List<Section> sections, boolean canEdit, Types types, Link back) {

    public PolicyFormView {
        sections = List.copyOf(sections);
    }

    /**
     * The item-type policies of a project or space: those that exist, each a link to its own form, and a choice of
     * the container's other types to add one for (choosing one opens its form; saving it creates the policy).
     *
     * @param title     "Issue type policies", "Page and action item policies"
     * @param existing  the types with a policy of their own, in the host's order
     * @param noneText  shown when there are none
     * @param addLabel  the label of the choice of a type to add
     * @param addAction where the choice is sent (a GET form): the policy page, without its query
     * @param addParams the query parameters that page needs besides {@code type} (the container), as hidden inputs
     * @param addable   the types without a policy of their own, each by its name
     */
    @ViewModel
    public record Types(String title, List<Link> existing, String noneText, String addLabel, String addAction,
                        List<Param> addParams, List<Option> addable) {

        public Types {
            existing = List.copyOf(existing);
            addParams = List.copyOf(addParams);
            addable = List.copyOf(addable);
        }

        public boolean hasExisting() {
            return !existing.isEmpty();
        }

        public boolean hasAddable() {
            return !addable.isEmpty();
        }
    }

    /** A query parameter a GET form sends as a hidden input. */
    @ViewModel
    public record Param(String name, String value) {
    }

    /**
     * A link to another policy page.
     *
     * @param href   where it goes (context path included, unescaped)
     * @param label  its text
     * @param detail what it sets, in words ("2 settings set here"), or empty
     */
    @ViewModel
    public record Link(String href, String label, String detail) {
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
