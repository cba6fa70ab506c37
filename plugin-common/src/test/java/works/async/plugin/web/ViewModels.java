package works.async.plugin.web;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds the {@link ViewModel} types among the compiled web classes, and the allowlist entries they need. */
public final class ViewModels {

    private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString");

    private ViewModels() {
    }

    public static List<Class<?>> all() {
        try {
            Path classes = Path.of(ViewModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path web = classes.resolve("works/async/plugin/web");
            List<Class<?>> found = new ArrayList<>();
            try (Stream<Path> files = Files.walk(web)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = classes.relativize(file).toString().replace('/', '.').replace('\\', '.');
                    Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()));
                    if (type.isAnnotationPresent(ViewModel.class)) {
                        found.add(type);
                    }
                }
            }
            return found;
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code Class#method(param.Types)} of every public instance method a view model declares. */
    public static Set<String> allowlistEntries() {
        Set<String> entries = new TreeSet<>();
        for (Class<?> type : all()) {
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
                        && !OBJECT_METHODS.contains(m.getName())) {
                    entries.add(type.getName() + "#" + m.getName() + "(" + Arrays.stream(m.getParameterTypes())
                            .map(Class::getTypeName).collect(Collectors.joining(", ")) + ")");
                }
            }
        }
        return entries;
    }
}
