package works.async.sandbox.velocity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Velocity method allowlist: the host's global entries plus every {@code <velocity-allowlist>} {@code <method>}
 * of the plugin descriptors, in the products' syntax {@code fully.qualified.Class#method(param.Type, ...)}
 * (developer.atlassian.com, "Velocity Allowlist plugin module"). A call is allowed when an entry names the method
 * on its declaring class or on any class or interface of the object it is called on.
 */
public final class VelocityAllowlist {

    /** Where the build copies the plugins' descriptors (see sandbox/pom.xml). */
    public static final List<String> DESCRIPTORS = List.of(
            "sandbox-descriptors/jira/atlassian-plugin.xml", "sandbox-descriptors/confluence/atlassian-plugin.xml");
    /** JDK and SAL methods the products allow globally (a small subset of their lists). */
    public static final String GLOBAL = "sandbox-velocity/global-allowlist.txt";

    private final Set<String> entries;

    public VelocityAllowlist(Set<String> entries) {
        this.entries = entries.stream().map(VelocityAllowlist::normalise).collect(Collectors.toUnmodifiableSet());
    }

    /** The global list plus the plugins' descriptors on the classpath. */
    public static VelocityAllowlist fromClasspath() {
        Set<String> entries = new HashSet<>(readLines(GLOBAL));
        for (String descriptor : DESCRIPTORS) {
            entries.addAll(fromDescriptor(descriptor));
        }
        return new VelocityAllowlist(entries);
    }

    public VelocityAllowlist plus(Set<String> more) {
        Set<String> all = new HashSet<>(entries);
        all.addAll(more);
        return new VelocityAllowlist(all);
    }

    public Set<String> entries() {
        return entries;
    }

    public boolean allows(Class<?> targetClass, Method method) {
        String signature = "#" + method.getName() + "(" + Arrays.stream(method.getParameterTypes())
                .map(Class::getTypeName).collect(Collectors.joining(",")) + ")";
        if (entries.contains(method.getDeclaringClass().getName() + signature)) {
            return true;
        }
        Deque<Class<?>> todo = new ArrayDeque<>();
        Set<Class<?>> seen = new HashSet<>();
        todo.add(targetClass);
        while (!todo.isEmpty()) {
            Class<?> c = todo.poll();
            if (!seen.add(c)) {
                continue;
            }
            if (entries.contains(c.getName() + signature)) {
                return true;
            }
            if (c.getSuperclass() != null) {
                todo.add(c.getSuperclass());
            }
            todo.addAll(Arrays.asList(c.getInterfaces()));
        }
        return false;
    }

    /** The entry a call would need, for the error message (the form the products log). */
    public static String entryFor(Class<?> targetClass, Method method) {
        return targetClass.getName() + "#" + method.getName() + "(" + Arrays.stream(method.getParameterTypes())
                .map(Class::getTypeName).collect(Collectors.joining(", ")) + ")";
    }

    static Set<String> fromDescriptor(String resource) {
        Set<String> methods = new HashSet<>();
        try {
            Enumeration<URL> urls = VelocityAllowlist.class.getClassLoader().getResources(resource);
            while (urls.hasMoreElements()) {
                try (InputStream in = urls.nextElement().openStream()) {
                    NodeList lists = parse(in).getElementsByTagName("velocity-allowlist");
                    for (int i = 0; i < lists.getLength(); i++) {
                        NodeList items = ((Element) lists.item(i)).getElementsByTagName("method");
                        for (int j = 0; j < items.getLength(); j++) {
                            methods.add(items.item(j).getTextContent().trim());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return methods;
    }

    private static Document parse(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(in);
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("Unreadable plugin descriptor: " + e.getMessage(), e);
        }
    }

    private static List<String> readLines(String resource) {
        try (InputStream in = VelocityAllowlist.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String normalise(String entry) {
        return entry.replace(" ", "");
    }
}
