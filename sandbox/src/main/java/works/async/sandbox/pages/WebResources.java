package works.async.sandbox.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import works.async.sandbox.velocity.VelocityAllowlist;

/**
 * The plugins' {@code <web-resource>} files (download resources), which the products' web-resource manager puts on
 * pages: the sandbox includes every one on every page, served under {@value #PREFIX}.
 */
public final class WebResources {

    public static final String PREFIX = "/download/resources/async-work/";

    private final List<String> css;
    private final List<String> js;

    private WebResources(List<String> css, List<String> js) {
        this.css = List.copyOf(css);
        this.js = List.copyOf(js);
    }

    public static WebResources fromDescriptors() {
        Set<String> locations = new LinkedHashSet<>();
        for (String descriptor : VelocityAllowlist.DESCRIPTORS) {
            locations.addAll(locations(descriptor));
        }
        List<String> css = new ArrayList<>();
        List<String> js = new ArrayList<>();
        for (String location : locations) {
            String path = location.startsWith("/") ? location.substring(1) : location;
            if (path.endsWith(".css")) {
                css.add(PREFIX + path);
            } else if (path.endsWith(".js")) {
                js.add(PREFIX + path);
            }
        }
        return new WebResources(css, js);
    }

    /** For templates: {@code css} and {@code js} lists of site-relative URLs. */
    public Map<String, Object> asMap() {
        return Map.of("css", css, "js", js);
    }

    private static List<String> locations(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = WebResources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return out;
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            NodeList modules = factory.newDocumentBuilder().parse(in).getElementsByTagName("web-resource");
            for (int i = 0; i < modules.getLength(); i++) {
                NodeList resources = ((Element) modules.item(i)).getElementsByTagName("resource");
                for (int j = 0; j < resources.getLength(); j++) {
                    Element r = (Element) resources.item(j);
                    if ("download".equals(r.getAttribute("type"))) {
                        out.add(r.getAttribute("location"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("Unreadable plugin descriptor " + resource, e);
        }
        return out;
    }
}
