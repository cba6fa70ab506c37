package works.async.plugin.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** A plugin's {@code atlassian-plugin.xml}, read with the JDK's DOM parser, for what the tests check in it. */
public final class PluginDescriptor {

    private final Document document;

    private PluginDescriptor(Document document) {
        this.document = document;
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

    /** Every {@code class} attribute of a module: macros, context providers, conditions, servlets. */
    public List<String> moduleClasses() {
        List<String> names = new ArrayList<>();
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("class")) {
                names.add(element.getAttribute("class").trim());
            }
        }
        return names;
    }

    /**
     * The classes Jira's workflow modules name in elements rather than attributes: {@code <validator-class>},
     * {@code <condition-class>} and {@code <function-class>} (the module's {@code class} is only its factory).
     */
    public List<String> workflowClasses() {
        List<String> names = new ArrayList<>();
        for (String tag : List.of("validator-class", "condition-class", "function-class")) {
            names.addAll(texts(document.getDocumentElement(), tag));
        }
        return names;
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
