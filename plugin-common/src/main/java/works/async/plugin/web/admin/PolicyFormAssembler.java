package works.async.plugin.web.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import works.async.core.policy.EffectivePolicy;
import works.async.core.policy.Policy;
import works.async.core.policy.PolicyField;
import works.async.core.policy.PolicyScope;
import works.async.core.policy.Resolved;
import works.async.plugin.policy.PolicyActions;
import works.async.plugin.web.Screen;
import works.async.plugin.web.Texts;

/** Builds the policy form of one scope from its own settings and the policy in force there. */
public final class PolicyFormAssembler {

    private PolicyFormAssembler() {
    }

    public static PolicyFormView assemble(PolicyScope scope, Policy own, EffectivePolicy effective, boolean canEdit,
                                          Screen screen) {
        return assemble(scope, own, effective, canEdit, null, null, screen);
    }

    /**
     * With a project's or space's item-type policies and the links between policy pages.
     *
     * @param typePolicies the container's item types with their own policies (container scopes), or null
     * @param hrefs        the policy page of a scope (context path included), or null for no links
     */
    public static PolicyFormView assemble(PolicyScope scope, Policy own, EffectivePolicy effective, boolean canEdit,
                                          List<PolicyActions.TypePolicy> typePolicies,
                                          Function<PolicyScope, String> hrefs, Screen screen) {
        Texts texts = screen.texts();
        Map<String, List<PolicyFormView.Field>> sections = new LinkedHashMap<>();
        for (PolicyField<?> field : PolicyField.ALL) {
            String path = field.path();
            String section = path.substring(0, path.indexOf('.'));
            sections.computeIfAbsent(section, s -> new ArrayList<>()).add(field(field, scope, own, effective, texts));
        }
        sections.get("reply").add(1, priorities(scope, own, effective, texts));
        List<PolicyFormView.Section> list = new ArrayList<>();
        sections.forEach((key, fields) -> list.add(new PolicyFormView.Section(texts.get("async.ui.policy.section." + key), fields)));
        PolicyFormView.Types types = typePolicies == null || hrefs == null
                || scope.level() != PolicyScope.Level.CONTAINER ? null : types(scope, typePolicies, hrefs, texts);
        PolicyFormView.Link back = hrefs == null || scope.level() != PolicyScope.Level.ITEM_TYPE ? null
                : back(scope, hrefs, texts);
        return new PolicyFormView(screen.restBase(), restPath(scope), scopeText(scope, texts), scope.isGlobal(),
                own.version(), list, canEdit, types, back);
    }

    /** The types with a policy of their own, linked, and the others to add one for. */
    private static PolicyFormView.Types types(PolicyScope container, List<PolicyActions.TypePolicy> typePolicies,
                                              Function<PolicyScope, String> hrefs, Texts texts) {
        boolean project = container.containerKind() == PolicyScope.ContainerKind.JIRA_PROJECT;
        List<PolicyFormView.Link> existing = new ArrayList<>();
        List<PolicyFormView.Option> addable = new ArrayList<>();
        for (PolicyActions.TypePolicy type : typePolicies) {
            String label = typeLabel(container, type.type(), texts);
            if (type.exists()) {
                existing.add(new PolicyFormView.Link(hrefs.apply(container.withItemType(type.type())), label,
                        texts.count("async.ui.policy.types.sets", settingsSet(type.own()))));
            } else {
                addable.add(new PolicyFormView.Option(type.type(), label, false));
            }
        }
        // The choice is a GET form to the type's page: its action is the page, the container rides as hidden inputs.
        String href = hrefs.apply(container);
        int query = href.indexOf('?');
        List<PolicyFormView.Param> params = new ArrayList<>();
        if (query >= 0) {
            for (String pair : href.substring(query + 1).split("&")) {
                int eq = pair.indexOf('=');
                params.add(new PolicyFormView.Param(decode(eq < 0 ? pair : pair.substring(0, eq)),
                        eq < 0 ? "" : decode(pair.substring(eq + 1))));
            }
        }
        return new PolicyFormView.Types(
                texts.get(project ? "async.ui.policy.types.title.project" : "async.ui.policy.types.title.space"),
                existing, texts.get(project ? "async.ui.policy.types.none.project" : "async.ui.policy.types.none.space"),
                texts.get(project ? "async.ui.policy.types.add.project" : "async.ui.policy.types.add.space"),
                query < 0 ? href : href.substring(0, query), params, addable);
    }

    private static PolicyFormView.Link back(PolicyScope type, Function<PolicyScope, String> hrefs, Texts texts) {
        PolicyScope container = type.parent().orElseThrow();
        boolean project = container.containerKind() == PolicyScope.ContainerKind.JIRA_PROJECT;
        return new PolicyFormView.Link(hrefs.apply(container), texts.get(project ? "async.ui.policy.types.back.project"
                : "async.ui.policy.types.back.space", container.containerKey()), "");
    }

    /** Jira's issue types by their names; Confluence's two fixed types in words. */
    static String typeLabel(PolicyScope container, String type, Texts texts) {
        if (container.containerKind() == PolicyScope.ContainerKind.CONFLUENCE_SPACE) {
            if (type.equals("page")) {
                return texts.get("async.ui.policy.type.page");
            }
            if (type.equals("action-item")) {
                return texts.get("async.ui.policy.type.action-item");
            }
        }
        return type;
    }

    /** How many settings a policy sets of its own (each priority's window counts as one). */
    static int settingsSet(Policy policy) {
        int set = 0;
        for (PolicyField<?> field : PolicyField.ALL) {
            if (field.valueIn(policy) != null) {
                set++;
            }
        }
        Map<String, ?> windows = policy.reply().windowsByPriority();
        return set + (windows == null ? 0 : windows.size());
    }

    private static String decode(String text) {
        return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    public static String restPath(PolicyScope scope) {
        if (scope.isGlobal()) {
            return "/policies/global";
        }
        String container = (scope.containerKind() == PolicyScope.ContainerKind.JIRA_PROJECT ? "/policies/projects/"
                : "/policies/spaces/") + segment(scope.containerKey());
        return scope.level() == PolicyScope.Level.ITEM_TYPE ? container + "/types/" + segment(scope.itemType()) : container;
    }

    /** A key or type name as one URL path segment (issue types may hold spaces, e.g. "New Feature"). */
    private static String segment(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String scopeText(PolicyScope scope, Texts texts) {
        if (scope.isGlobal()) {
            return texts.get("async.ui.policy.scope.global");
        }
        boolean project = scope.containerKind() == PolicyScope.ContainerKind.JIRA_PROJECT;
        if (scope.level() == PolicyScope.Level.ITEM_TYPE) {
            return texts.get(project ? "async.ui.policy.scope.project.type" : "async.ui.policy.scope.space.type",
                    scope.containerKey(), scope.itemType());
        }
        return texts.get(project ? "async.ui.policy.scope.project" : "async.ui.policy.scope.space", scope.containerKey());
    }

    private static <T> PolicyFormView.Field field(PolicyField<T> field, PolicyScope scope, Policy own,
                                                  EffectivePolicy effective, Texts texts) {
        T mine = field.valueIn(own);
        Resolved<T> resolved = effective.resolved(field);
        String kind = kindOf(field, resolved.value());
        List<PolicyFormView.Option> options = kind.equals("target") ? targets(mine, texts) : List.of();
        return new PolicyFormView.Field(field.path(), id(field.path()),
                texts.get("async.ui.policy.field." + field.path()),
                texts.get("async.ui.policy.field." + field.path() + ".description"),
                kind, PolicyValues.write(mine), mine != null,
                PolicyValues.write(resolved.value()), source(resolved, scope, texts), options);
    }

    private static PolicyFormView.Field priorities(PolicyScope scope, Policy own, EffectivePolicy effective, Texts texts) {
        Map<String, ?> mine = own.reply().windowsByPriority();
        Map<String, Object> inForce = new LinkedHashMap<>();
        effective.windowsByPriority().forEach((k, v) -> inForce.put(k, v.value()));
        String path = PolicyField.WINDOWS_BY_PRIORITY;
        boolean set = mine != null && !mine.isEmpty();
        return new PolicyFormView.Field(path, id(path), texts.get("async.ui.policy.field." + path),
                texts.get("async.ui.policy.field." + path + ".description"), "priorities",
                set ? PolicyValues.write(mine) : "", set, PolicyValues.write(inForce),
                texts.get(set ? "async.ui.policy.source.here" : "async.ui.policy.source.perPriority"), List.of());
    }

    private static String kindOf(PolicyField<?> field, Object value) {
        if (field == PolicyField.AGREEMENT_CHANNELS || field == PolicyField.AGREEMENT_URGENT_PATH) {
            return "textarea";
        }
        if (field == PolicyField.HOLIDAYS) {
            return "dates";
        }
        if (PolicyValues.isCollection(value)) {
            return "list";
        }
        return PolicyValues.kindOf(value);
    }

    private static List<PolicyFormView.Option> targets(Object mine, Texts texts) {
        String current = mine == null ? "" : PolicyValues.write(mine);
        List<PolicyFormView.Option> options = new ArrayList<>();
        options.add(new PolicyFormView.Option("REPORTER", texts.get("async.ui.policy.target.reporter"), current.equals("REPORTER")));
        options.add(new PolicyFormView.Option("CONTAINER_LEAD", texts.get("async.ui.policy.target.lead"), current.equals("CONTAINER_LEAD")));
        // The group's name is typed next to the choice (PolicyFormView.Field#groupName), so any host group can be named.
        options.add(new PolicyFormView.Option("GROUP", texts.get("async.ui.policy.target.group"), current.startsWith("GROUP:")));
        return options;
    }

    private static String source(Resolved<?> resolved, PolicyScope scope, Texts texts) {
        if (resolved.setAt(scope)) {
            return texts.get("async.ui.policy.source.here");
        }
        return resolved.source().isGlobal() ? texts.get("async.ui.policy.source.global")
                : texts.get("async.ui.policy.source.container", resolved.source().containerKey());
    }

    private static String id(String path) {
        return "async-work-policy-" + path.replace('.', '-');
    }
}
