package works.async.plugin.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import works.async.core.ErrorCode;
import works.async.core.escalation.DeadlineKind;
import works.async.core.insight.TeamInsights;
import works.async.core.ownership.OwnershipState;
import works.async.core.policy.PolicyField;
import works.async.core.report.FeedbackKind;
import works.async.plugin.packaging.PluginDescriptor.NamedClass;
import works.async.plugin.web.Screens;

/**
 * A plugin's descriptor against the code and texts it names, for each product (a subclass per plugin module, run
 * from that module's directory):
 * <ul>
 *   <li>every class it names exists and is of the type its slot requires, for every module type: a module type or
 *       nested element with a class that is not mapped fails until it is (see {@link #productSlots()});</li>
 *   <li>every i18n key the descriptor, the shipped templates and the Java sources use is in every locale the plugin
 *       ships. Java keys are the string literals with our prefixes ({@code async.}, {@code async-work.}) in the
 *       product's and plugin-common's sources: a literal ending in a dot is the start of a key built at run time and
 *       must be listed, with every key it builds enumerated from its source (enum values, policy fields), in
 *       {@link #dynamicKeys}; a literal passed to {@code Texts.count} stands for its {@code .one} and {@code .other}
 *       forms;</li>
 *   <li>every method a shipped template calls resolves to a view-model method on the {@code <velocity-allowlist>}
 *       ({@link TemplateCalls} says how a variable's type is found).</li>
 * </ul>
 */
public abstract class DescriptorContract {

    /** Literal i18n keys in Java sources: the plugin's two prefixes. */
    private static final Pattern JAVA_KEY = Pattern.compile("\"((?:async|async-work)\\.[A-Za-z0-9_.\\-]*)\"");
    private static final Pattern COUNT_KEY = Pattern.compile("\\.count\\(\\s*\"([^\"]+)\"");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("\\$!?\\{?i18n\\.getText\\(\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern TEMPLATE_GET_TEXT = Pattern.compile("\\$!?\\{?i18n\\.getText\\(");

    /** The slots every product may use, with the type a class there must be. */
    private static final Map<String, String> SHARED_SLOTS = Map.ofEntries(
            Map.entry("ao/entity", "net.java.ao.RawEntity"),
            Map.entry("ao/upgradeTask", "com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask"),
            Map.entry("web-panel", "com.atlassian.plugin.web.model.WebPanel"),
            Map.entry("web-panel/context-provider", "com.atlassian.plugin.web.ContextProvider"),
            Map.entry("web-panel/condition", "com.atlassian.plugin.web.Condition"),
            Map.entry("web-item/context-provider", "com.atlassian.plugin.web.ContextProvider"),
            Map.entry("web-item/condition", "com.atlassian.plugin.web.Condition"),
            Map.entry("web-section/condition", "com.atlassian.plugin.web.Condition"),
            Map.entry("servlet", "jakarta.servlet.http.HttpServlet"),
            Map.entry("servlet-filter", "jakarta.servlet.Filter"));

    /** The product's module directory: tests run from it. */
    protected Path module() {
        return Path.of("").toAbsolutePath();
    }

    /** The product's own module types and nested elements ({@code module} or {@code module/element}) with their types. */
    protected abstract Map<String, String> productSlots();

    /**
     * Keys the product's own sources build at run time, by the literal they start with, each with every key it
     * builds. The shared ones (plugin-common's) are listed here already.
     */
    protected Map<String, Set<String>> productDynamicKeys() {
        return Map.of();
    }

    @Test
    void everyNamedClassExistsAndIsOfTheTypeItsModuleRequires() {
        Map<String, String> slots = new TreeMap<>(SHARED_SLOTS);
        slots.putAll(productSlots());
        List<NamedClass> named = PluginDescriptor.of(module()).namedClasses();
        List<String> wrong = new ArrayList<>();
        for (NamedClass n : named) {
            String required = slots.get(n.slot());
            if (required == null) {
                wrong.add(n + ": no type is mapped for <" + n.slot() + ">; add it to productSlots() or the shared slots");
                continue;
            }
            Class<?> type = load(n.className());
            Class<?> supertype = load(required);
            if (type == null || supertype == null) {
                wrong.add(n + ": " + (type == null ? "no such class" : required + " is not on the test class path"));
            } else if (!supertype.isAssignableFrom(type)) {
                wrong.add(n + ": is no " + required);
            } else if (!n.slot().equals("ao/entity") && (type.isInterface() || Modifier.isAbstract(type.getModifiers()))) {
                wrong.add(n + ": the host instantiates it, so it must be a concrete class");
            }
        }
        assertThat(named).as("classes the descriptor names").hasSizeGreaterThan(5);
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyI18nKeyInUseIsInEveryLocaleOfTheBundles() {
        Map<String, Properties> locales = PluginBundles.byLocale(module());
        assertThat(locales).as("the default locale's bundles").containsKey("");
        Map<String, Set<String>> used = usedKeys(locales.get(""));
        List<String> missing = new ArrayList<>();
        locales.forEach((locale, texts) -> used.forEach((key, where) -> {
            if (!texts.containsKey(key)) {
                missing.add("[" + locale + "] " + key + " (" + String.join(", ", where) + ")");
            }
        }));
        assertThat(used).as("keys in use").hasSizeGreaterThan(100);
        assertThat(missing).isEmpty();
    }

    @Test
    void aKeyBuiltAtRunTimeFromAnUnlistedPrefixFailsTheCheck() {
        Map<String, Set<String>> dynamic = allDynamicKeys(PluginBundles.byLocale(module()).get(""));
        List<String> unlisted = new ArrayList<>();
        javaKeys(List.of("texts.get(\"async.ui.brandNew.\" + state)"), dynamic, new HashMap<>(), unlisted);
        assertThat(unlisted).singleElement().asString().contains("async.ui.brandNew.");
    }

    @Test
    void everyMethodATemplateCallsIsOnTheAllowlist() {
        Set<String> allowlist = PluginDescriptor.of(module()).velocityAllowlist();
        Set<String> called = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        templates().forEach((name, text) -> {
            TemplateCalls calls = TemplateCalls.of(name, text);
            called.addAll(calls.entries());
            problems.addAll(calls.problems());
        });
        assertThat(problems).isEmpty();
        assertThat(called).as("methods the templates call").hasSizeGreaterThan(50);
        assertThat(called.stream().filter(c -> !allowlist.contains(c)).toList()).as("called but not allowlisted").isEmpty();
        assertThat(PluginDescriptor.of(module()).velocityAllowlistStrayText()).as("text outside <method> entries").isEmpty();
    }

    /** The templates checked above are the ones rendered: those the descriptor's modules and the shared Screens name. */
    @Test
    void everyTemplateTheDescriptorAndTheScreensNameIsShipped() throws IllegalAccessException {
        List<String> rendered = new ArrayList<>(PluginDescriptor.of(module()).velocityTemplates());
        for (Field field : Screens.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof String name && name.endsWith(".vm")) {
                rendered.add(name);
            }
        }
        assertThat(rendered).hasSizeGreaterThan(5);
        assertThat(templates()).containsKeys(rendered.toArray(String[]::new));
    }

    /** Every key in use, with where it is used. */
    private Map<String, Set<String>> usedKeys(Properties defaults) {
        Map<String, Set<String>> used = new TreeMap<>();
        PluginDescriptor.of(module()).i18nKeys().forEach(key -> note(used, key, "atlassian-plugin.xml"));
        templates().forEach((name, text) -> {
            Matcher key = TEMPLATE_KEY.matcher(text);
            int literal = 0;
            while (key.find()) {
                note(used, key.group(1) != null ? key.group(1) : key.group(2), name);
                literal++;
            }
            long calls = TEMPLATE_GET_TEXT.matcher(text).results().count();
            assertThat(literal).as(name + ": every $i18n.getText takes a literal key").isEqualTo((int) calls);
        });
        Map<String, Set<String>> dynamic = allDynamicKeys(defaults);
        List<String> unlisted = new ArrayList<>();
        javaKeys(javaSources(), dynamic, used, unlisted);
        assertThat(unlisted).as("keys built at run time whose keys are not enumerated in dynamicKeys()").isEmpty();
        return used;
    }

    /** Notes the keys of Java sources into {@code used}, and prefixes no enumeration covers into {@code unlisted}. */
    private static void javaKeys(List<String> sources, Map<String, Set<String>> dynamic, Map<String, Set<String>> used,
                                 List<String> unlisted) {
        for (String source : sources) {
            Set<String> counted = COUNT_KEY.matcher(source).results().map(r -> r.group(1)).collect(Collectors.toSet());
            Matcher key = JAVA_KEY.matcher(source);
            while (key.find()) {
                String literal = key.group(1);
                if (literal.endsWith(".")) {
                    if (dynamic.containsKey(literal)) {
                        dynamic.get(literal).forEach(k -> note(used, k, "built from \"" + literal + "\""));
                    } else {
                        unlisted.add(literal);
                    }
                } else if (counted.contains(literal)) {
                    note(used, literal + ".one", "Texts.count");
                    note(used, literal + ".other", "Texts.count");
                } else {
                    note(used, literal, "Java");
                }
            }
        }
    }

    private Map<String, Set<String>> allDynamicKeys(Properties defaults) {
        Map<String, Set<String>> keys = new HashMap<>(sharedDynamicKeys(defaults));
        keys.putAll(productDynamicKeys());
        return keys;
    }

    /**
     * The keys plugin-common builds at run time. REST errors: each {@link ErrorCode} reads its own error text or,
     * for a form problem, its problem text (as {@code Messages} looks them up); each kind's generic text and the
     * generic problem text are the fallbacks. Codes the REST mappers name outside ErrorCode (e.g.
     * {@code method_not_allowed}) fall back to their kind's text by design and are not required.
     */
    private static Map<String, Set<String>> sharedDynamicKeys(Properties defaults) {
        Map<String, Set<String>> keys = new HashMap<>();
        Set<String> errors = new TreeSet<>();
        Set<String> problems = new TreeSet<>(Set.of("async-work.problem.invalid"));
        for (ErrorCode code : ErrorCode.values()) {
            if (defaults.containsKey("async-work.problem." + code.id()) && !defaults.containsKey("async-work.error." + code.id())) {
                problems.add("async-work.problem." + code.id());
            } else {
                errors.add("async-work.error." + code.id());
            }
        }
        Arrays.stream(ErrorCode.Kind.values()).forEach(kind -> errors.add("async-work.error." + kind.genericId()));
        errors.add("async-work.error.internal_error");
        keys.put("async-work.error.", errors);
        keys.put("async-work.problem.", problems);

        Set<String> paths = new TreeSet<>(PolicyField.ALL.stream().map(PolicyField::path).toList());
        paths.add(PolicyField.WINDOWS_BY_PRIORITY);
        keys.put("async.ui.policy.section.", prefixed("async.ui.policy.section.",
                paths.stream().map(p -> p.substring(0, p.indexOf('.'))).toList()));
        keys.put("async.ui.policy.field.", prefixed("async.ui.policy.field.",
                paths.stream().flatMap(p -> Stream.of(p, p + ".description")).toList()));
        keys.put("async.ui.agreement.autoRequest.", prefixed("async.ui.agreement.autoRequest.", List.of("on", "off")));
        keys.put("async.ui.feedback.kind.", prefixed("async.ui.feedback.kind.", lowerNames(FeedbackKind.values())));
        // The feedback lozenges' past tense ("Commented"), one per kind (ReportAssembler.kindLozenge).
        keys.put("async.ui.feedback.given.", prefixed("async.ui.feedback.given.", lowerNames(FeedbackKind.values())));
        keys.put("async.ui.report.series.", prefixed("async.ui.report.series.",
                lowerNames(works.async.core.report.Cadence.values())));
        keys.put("async.ui.outbox.about.", prefixed("async.ui.outbox.about.", lowerNames(DeadlineKind.values())));
        keys.put("async.ui.insight.withheld.", prefixed("async.ui.insight.withheld.",
                Arrays.stream(TeamInsights.Withheld.values())
                        .map(TeamInsights.Withheld::id).toList()));
        keys.put("async.ui.ownership.state.", prefixed("async.ui.ownership.state.", lowerNames(OwnershipState.values())));
        keys.put("async.ui.ownership.acted.", prefixed("async.ui.ownership.acted.",
                List.of("confirmed", "declined", "confirmed.behalf", "declined.behalf")));
        // The mail's texts: NotificationMail prefixes "async.ui.mail." to the keys it names, some ending in the
        // deadline kind. A key added there must be added here too.
        Set<String> mail = new TreeSet<>(prefixed("async.ui.mail.", List.of("subject.gone", "greeting", "due", "gone",
                "link", "item", "urgent")));
        for (String kind : lowerNames(DeadlineKind.values())) {
            mail.addAll(prefixed("async.ui.mail.", List.of("subject.reminder." + kind, "lead.reminder." + kind,
                    "subject.escalation." + kind, "lead.escalation." + kind, "label." + kind)));
        }
        keys.put("async.ui.mail.", mail);
        return keys;
    }

    /** {@code prefix + suffix} for each suffix. */
    protected static Set<String> prefixed(String prefix, List<String> suffixes) {
        return suffixes.stream().map(s -> prefix + s).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The enum constants' names in lower case, as the sources build keys from them. */
    protected static List<String> lowerNames(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }

    /** The templates the jar ships (this module's and plugin-common's), by class-path location. */
    private Map<String, String> templates() {
        Map<String, String> templates = new TreeMap<>();
        for (Path root : resourceRoots()) {
            for (Path file : files(root.resolve("templates"), ".vm")) {
                templates.put(root.relativize(file).toString().replace('\\', '/'), read(file));
            }
        }
        return templates;
    }

    private List<String> javaSources() {
        List<String> sources = new ArrayList<>();
        for (Path root : List.of(module().resolve("src/main/java"), module().resolve("../plugin-common/src/main/java"))) {
            files(root, ".java").forEach(f -> sources.add(read(f)));
        }
        return sources;
    }

    private List<Path> resourceRoots() {
        return List.of(module().resolve("src/main/resources"), module().resolve("../plugin-common/src/main/resources"));
    }

    private static void note(Map<String, Set<String>> used, String key, String where) {
        used.computeIfAbsent(key, k -> new TreeSet<>()).add(where);
    }

    private static List<Path> files(Path root, String suffix) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Class<?> load(String name) {
        try {
            return Class.forName(name, false, getClass().getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
