package works.async.plugin.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** A plugin's {@code atlassian-plugin.xml}, read with the JDK's DOM parser, for what the tests check in it. */
public final class PluginDescriptor {

    private final Document document;

    private PluginDescriptor(Document document) {
        this.document = document;
    }

    /** The descriptor file of a module's sources (unfiltered: {@code ${…}} placeholders stay). */
    public static PluginDescriptor of(Path module) {
        try (InputStream in = Files.newInputStream(module.resolve("src/main/resources/atlassian-plugin.xml"))) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The descriptor at the root of the test class path: the product module's own, filtered by the build. */
    public static PluginDescriptor fromClasspath() {
        try (InputStream in = PluginDescriptor.class.getResourceAsStream("/atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException("no atlassian-plugin.xml on the class path");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PluginDescriptor parse(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // A descriptor has no DTD; refusing one keeps the parse local and free of entity expansion.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return new PluginDescriptor(factory.newDocumentBuilder().parse(in));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("atlassian-plugin.xml does not parse", e);
        }
    }

    /** The {@code <entity>} elements of the {@code <ao>} module, in order. */
    public List<String> aoEntities() {
        return texts(aoModule(), "entity");
    }

    /** The {@code <upgradeTask>} elements of the {@code <ao>} module, in order. */
    public List<String> upgradeTasks() {
        return texts(aoModule(), "upgradeTask");
    }

    /** The packages REST v2 scans for resources and providers: the {@code <package>} elements of {@code <rest>}. */
    public List<String> restPackages() {
        List<String> packages = new ArrayList<>();
        NodeList rest = document.getElementsByTagName("rest");
        for (int i = 0; i < rest.getLength(); i++) {
            packages.addAll(texts((Element) rest.item(i), "package"));
        }
        return packages;
    }

    /** A class the descriptor names, and the slot it fills: the module element, or {@code module/element} inside it. */
    public record NamedClass(String slot, String className) {
        @Override
        public String toString() {
            return "<" + slot + "> " + className;
        }
    }

    /**
     * Every class the descriptor names, whatever the module type: {@code class} attributes of modules and of elements
     * inside them (context providers, conditions), {@code *-class} elements (Jira's workflow checks), and the
     * {@code <entity>} and {@code <upgradeTask>} elements of {@code <ao>}.
     */
    public List<NamedClass> namedClasses() {
        List<NamedClass> named = new ArrayList<>();
        for (Element module : modules()) {
            String type = module.getTagName();
            if (module.hasAttribute("class")) {
                named.add(new NamedClass(type, module.getAttribute("class").trim()));
            }
            NodeList inside = module.getElementsByTagName("*");
            for (int i = 0; i < inside.getLength(); i++) {
                Element element = (Element) inside.item(i);
                String slot = type + "/" + element.getTagName();
                if (element.hasAttribute("class")) {
                    named.add(new NamedClass(slot, element.getAttribute("class").trim()));
                } else if (element.getTagName().endsWith("-class")
                        || type.equals("ao") && List.of("entity", "upgradeTask").contains(element.getTagName())) {
                    named.add(new NamedClass(slot, element.getTextContent().trim()));
                }
            }
        }
        return named;
    }

    /** The i18n keys the descriptor uses: {@code i18n-name-key} attributes, and the {@code key} of labels, descriptions and tooltips. */
    public List<String> i18nKeys() {
        List<String> keys = new ArrayList<>();
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("i18n-name-key")) {
                keys.add(element.getAttribute("i18n-name-key").trim());
            }
            if (List.of("label", "description", "tooltip").contains(element.getTagName()) && element.hasAttribute("key")) {
                keys.add(element.getAttribute("key").trim());
            }
        }
        return keys;
    }

    /** The base names of the i18n bundles the plugin declares ({@code <resource type="i18n" location=…>}). */
    public List<String> i18nBundles() {
        return resourceLocations("i18n");
    }

    /** The Velocity templates the descriptor's modules name ({@code <resource type="velocity" location=…>}). */
    public List<String> velocityTemplates() {
        return resourceLocations("velocity").stream().map(l -> l.startsWith("/") ? l.substring(1) : l).distinct().toList();
    }

    /** The {@code <method>} entries of the {@code <velocity-allowlist>} modules. */
    public Set<String> velocityAllowlist() {
        Set<String> methods = new TreeSet<>();
        for (Element allowlist : elements(document.getDocumentElement(), "velocity-allowlist")) {
            methods.addAll(texts(allowlist, "method"));
        }
        return methods;
    }

    /** Text inside a {@code <velocity-allowlist>} but outside its {@code <method>} entries: none in a well-formed list. */
    public List<String> velocityAllowlistStrayText() {
        List<String> stray = new ArrayList<>();
        for (Element allowlist : elements(document.getDocumentElement(), "velocity-allowlist")) {
            NodeList children = allowlist.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i).getNodeType() == Node.TEXT_NODE && !children.item(i).getTextContent().isBlank()) {
                    stray.add(children.item(i).getTextContent().trim());
                }
            }
        }
        return stray;
    }

    private List<Element> modules() {
        List<Element> modules = new ArrayList<>();
        NodeList children = document.getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element module) {
                modules.add(module);
            }
        }
        return modules;
    }

    private List<String> resourceLocations(String type) {
        List<String> locations = new ArrayList<>();
        for (Element resource : elements(document.getDocumentElement(), "resource")) {
            if (type.equals(resource.getAttribute("type"))) {
                locations.add(resource.getAttribute("location").trim());
            }
        }
        return locations;
    }

    private static List<Element> elements(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private Element aoModule() {
        NodeList ao = document.getElementsByTagName("ao");
        if (ao.getLength() != 1) {
            throw new IllegalStateException("expected one <ao> module, found " + ao.getLength());
        }
        return (Element) ao.item(0);
    }

    private static List<String> texts(Element parent, String tag) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        return texts;
    }
}
