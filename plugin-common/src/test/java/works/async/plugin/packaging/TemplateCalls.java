package works.async.plugin.packaging;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import works.async.plugin.web.ViewModel;
import works.async.plugin.web.ViewModels;

/**
 * The methods one Velocity template calls, each resolved to the method of the type it is called on, in the form of a
 * {@code <velocity-allowlist>} entry ({@code pkg.Type#name(param.Types)}).
 *
 * <p>Types come from the template itself: its header comment declares its context ({@code Context: $panel
 * (IssuePanelView), $i18n.}, the type by simple name: a {@link ViewModel} or a {@code java.lang} type); {@code #set}
 * gives a variable the type its value returns, {@code #foreach} the element type of the list it walks (from the generic
 * return type), and a {@code #macro}'s parameters take the types of the arguments it is called with. {@code $i18n} is
 * the host's resolver, whose {@code getText} the host allows itself: it is not resolved. Everything else is a problem:
 * a variable of no known type, a method the type lacks, a method called on something that is not a view model (only
 * view models' methods are allowlisted), and the property form {@code $x.name}, which Velocity turns into
 * {@code getName()}, a method records do not have.
 */
public final class TemplateCalls {

    /** The host's i18n object in every template context. */
    public static final String I18N = "i18n";

    private static final Pattern HEADER_TYPE = Pattern.compile("\\$(\\w+)\\s*\\((\\w+)");
    private static final Pattern MACRO = Pattern.compile("#\\{?macro}?\\(\\s*(\\w+)([^)]*)\\)");
    private static final Pattern VAR = Pattern.compile("\\$(\\w+)");
    private static final String REFERENCE = "\\$!?\\{?(?<root>[A-Za-z]\\w*)(?<chain>(?:\\.[A-Za-z]\\w*(?:\\([^()]*\\))?)*)\\}?";
    private static final Pattern SEGMENT = Pattern.compile("\\.(\\w+)(\\(([^()]*)\\))?");

    private final String name;
    private final String text;
    private final Map<String, Type> declared = new HashMap<>();
    private final Map<String, List<String>> macros = new HashMap<>();
    private final Pattern tokens;
    private final Set<String> entries = new LinkedHashSet<>();
    private final List<String> problems = new ArrayList<>();

    private TemplateCalls(String name, String template) {
        this.name = name;
        this.text = stripComments(template);
        readHeader(template);
        Matcher macro = MACRO.matcher(text);
        while (macro.find()) {
            List<String> params = new ArrayList<>();
            Matcher param = VAR.matcher(macro.group(2));
            while (param.find()) {
                params.add(param.group(1));
            }
            macros.put(macro.group(1), params);
        }
        String calls = macros.isEmpty() ? "" : "|(?<call>#\\{?(?<callee>" + String.join("|", macros.keySet())
                + ")}?\\((?<args>[^)]*)\\))";
        tokens = Pattern.compile("(?<macro>#\\{?macro}?\\([^)]*\\))"
                + "|(?<set>#\\{?set}?\\(\\s*\\$(?<setvar>\\w+)\\s*=\\s*)"
                + "|(?<each>#\\{?foreach}?\\(\\s*\\$(?<eachvar>\\w+)\\s+in\\s+)" + calls
                + "|(?<ref>" + REFERENCE + ")");
    }

    /** Reads one template: its calls and its problems. */
    public static TemplateCalls of(String name, String template) {
        TemplateCalls calls = new TemplateCalls(name, template);
        // First pass: the types macro parameters get from their calls. Second: every call, with those known.
        Map<String, Type> macroParameters = calls.walk(Map.of(), false);
        calls.walk(macroParameters, true);
        return calls;
    }

    /** The allowlist entries of the methods the template calls. */
    public Set<String> entries() {
        return entries;
    }

    /** What could not be resolved to an allowlisted kind of method, each naming the template and the reference. */
    public List<String> problems() {
        return problems;
    }

    private Map<String, Type> walk(Map<String, Type> macroParameters, boolean check) {
        Map<String, Type> types = new HashMap<>(declared);
        types.putAll(macroParameters);
        Map<String, Type> bound = new HashMap<>();
        String assignTo = null;
        boolean elementOf = false;
        Matcher m = tokens.matcher(text);
        while (m.find()) {
            if (m.group("set") != null || m.group("each") != null) {
                assignTo = m.group("set") != null ? m.group("setvar") : m.group("eachvar");
                elementOf = m.group("each") != null;
            } else if (m.group("macro") == null && m.group("ref") == null) {
                List<String> params = macros.get(m.group("callee"));
                Matcher arg = VAR.matcher(m.group("args"));
                for (int i = 0; arg.find() && i < params.size(); i++) {
                    bound.putIfAbsent(params.get(i), types.get(arg.group(1)));
                }
            } else if (m.group("ref") != null) {
                Type type = resolve(m.group("ref"), m.group("root"), m.group("chain"), types, check);
                if (assignTo != null) {
                    types.put(assignTo, elementOf ? elementType(type) : type);
                    assignTo = null;
                }
            }
        }
        return bound;
    }

    /** The type a reference evaluates to (null when unknown), noting each method it calls. */
    private Type resolve(String reference, String root, String chain, Map<String, Type> types, boolean check) {
        if (root.equals(I18N)) {
            return null;
        }
        Type type = types.get(root);
        if (chain.isEmpty()) {
            return type;
        }
        Matcher segment = SEGMENT.matcher(chain);
        while (segment.find()) {
            Class<?> on = rawClass(type);
            String call = segment.group(1);
            if (on == null) {
                problem(check, reference, "$" + root + " has no type this check knows: declare it in the header's"
                        + " \"Context:\" line, or bind it with #set/#foreach");
                return null;
            }
            if (!on.isAnnotationPresent(ViewModel.class)) {
                problem(check, reference, "calls " + call + " on " + on.getName() + ", which is no @ViewModel:"
                        + " only view models' methods are allowlisted");
                return null;
            }
            Method method = segment.group(2) == null ? property(on, call) : method(on, call, arguments(segment.group(3)));
            if (method == null) {
                problem(check, reference, segment.group(2) == null
                        ? "property form ." + call + ": Velocity calls get/is" + capitalized(call) + "(), which "
                                + on.getSimpleName() + " lacks; call " + call + "() itself"
                        : on.getName() + " has no public method " + call + " taking " + arguments(segment.group(3))
                                + " argument(s)");
                return null;
            }
            if (check) {
                entries.add(on.getName() + "#" + method.getName() + "(" + Arrays.stream(method.getParameterTypes())
                        .map(Class::getTypeName).collect(Collectors.joining(", ")) + ")");
            }
            type = method.getGenericReturnType();
        }
        return type;
    }

    private void problem(boolean check, String reference, String what) {
        if (check) {
            problems.add(name + ": " + reference + ": " + what);
        }
    }

    private static Method method(Class<?> type, String name, int arguments) {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == arguments && !Modifier.isStatic(m.getModifiers())) {
                return m;
            }
        }
        return null;
    }

    private static Method property(Class<?> type, String name) {
        Method getter = method(type, "get" + capitalized(name), 0);
        return getter != null ? getter : method(type, "is" + capitalized(name), 0);
    }

    private static int arguments(String list) {
        if (list.isBlank()) {
            return 0;
        }
        // Commas outside quoted literals.
        return list.replaceAll("\"[^\"]*\"|'[^']*'", "\"\"").split(",", -1).length;
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    /** What {@code #foreach} walks: the element type of an Iterable or array, null when unknown. */
    private static Type elementType(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c
                && Iterable.class.isAssignableFrom(c) && p.getActualTypeArguments().length == 1) {
            return p.getActualTypeArguments()[0];
        }
        if (type instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        if (type instanceof GenericArrayType a) {
            return a.getGenericComponentType();
        }
        return null;
    }

    /** The {@code Context:} declaration of the template's leading {@code ##} comment lines. */
    private void readHeader(String template) {
        StringBuilder header = new StringBuilder();
        for (String line : template.split("\n")) {
            if (!line.startsWith("##")) {
                break;
            }
            header.append(line.substring(2)).append(' ');
        }
        int context = header.indexOf("Context:");
        if (context < 0) {
            return;
        }
        Matcher m = HEADER_TYPE.matcher(header.substring(context));
        while (m.find()) {
            declared.put(m.group(1), typeNamed(m.group(2)));
        }
    }

    private static Type typeNamed(String simpleName) {
        List<Class<?>> models = ViewModels.all().stream().filter(t -> t.getSimpleName().equals(simpleName)).toList();
        if (models.size() == 1) {
            return models.get(0);
        }
        try {
            return Class.forName("java.lang." + simpleName);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static String stripComments(String template) {
        return template.replaceAll("(?s)#\\*.*?\\*#", "").replaceAll("(?m)##.*$", "");
    }
}
