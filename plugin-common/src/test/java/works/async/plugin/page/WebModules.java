package works.async.plugin.page;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The product's descriptor as its web modules tests read it (the class path's {@code atlassian-plugin.xml}): its
 * servlets, links and web resources, and whether a servlet class handles anything but GET.
 */
public final class WebModules {

    private final Element root;

    private WebModules(Element root) {
        this.root = root;
    }

    public static WebModules fromClasspath() throws Exception {
        try (InputStream in = WebModules.class.getResourceAsStream("/atlassian-plugin.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new WebModules(factory.newDocumentBuilder().parse(in).getDocumentElement());
        }
    }

    public Element root() {
        return root;
    }

    /** The modules of one type by their key, in descriptor order. */
    public Map<String, Element> byKey(String module) {
        Map<String, Element> out = new LinkedHashMap<>();
        for (Element element : elements(root, module)) {
            out.put(element.getAttribute("key"), element);
        }
        return out;
    }

    /** Each servlet's URL pattern with its class. */
    public Map<String, String> servlets() {
        Map<String, String> servlets = new LinkedHashMap<>();
        for (Element servlet : elements(root, "servlet")) {
            servlets.put(text(servlet, "url-pattern"), servlet.getAttribute("class"));
        }
        return servlets;
    }

    /** The change methods ({@code doPost}, {@code doPut}...) the servlet class or a superclass of ours declares. */
    public static List<String> changeHandlers(String servletClass) throws ClassNotFoundException {
        List<String> found = new ArrayList<>();
        for (Class<?> type = Class.forName(servletClass); type != HttpServlet.class; type = type.getSuperclass()) {
            for (String method : List.of("doPost", "doPut", "doDelete", "doPatch")) {
                try {
                    type.getDeclaredMethod(method, HttpServletRequest.class, HttpServletResponse.class);
                    found.add(type.getSimpleName() + "." + method);
                } catch (NoSuchMethodException absent) {
                    // Not handled here.
                }
            }
        }
        return found;
    }

    /** The {@code .js} files a web resource ships. */
    public static List<String> scripts(Element resource) {
        List<String> out = new ArrayList<>();
        for (Element file : elements(resource, "resource")) {
            if (file.getAttribute("location").endsWith(".js")) {
                out.add(file.getAttribute("location"));
            }
        }
        return out;
    }

    public static List<Element> elements(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    public static List<String> texts(Element parent, String tag) {
        return elements(parent, tag).stream().map(e -> e.getTextContent().trim()).toList();
    }

    public static String text(Element parent, String tag) {
        return texts(parent, tag).get(0);
    }
}
