package works.async.sandbox.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * What the products' Active Objects plugin does when a plugin starts, read from the plugin's {@code <ao>} module:
 * run the upgrade tasks newer than the stored model version, in version order, then migrate the listed entities,
 * and remember the new version (here in the host's marker table).
 */
public final class PluginSchema {

    private final ActiveObjects pluginAo;
    private final ActiveObjects hostAo;
    private final String namespace;

    public PluginSchema(ActiveObjects pluginAo, ActiveObjects hostAo, String namespace) {
        this.pluginAo = pluginAo;
        this.hostAo = hostAo;
        this.namespace = namespace;
    }

    /** Brings the plugin's tables up to the descriptor's model; returns the model version reached. */
    public ModelVersion upgrade(String descriptorResource) {
        Element ao = aoModule(descriptorResource);
        ModelVersion current = storedVersion();
        ModelVersion reached = current;
        List<ActiveObjectsUpgradeTask> tasks = new ArrayList<>();
        for (String name : texts(ao, "upgradeTask")) {
            tasks.add((ActiveObjectsUpgradeTask) instantiate(name));
        }
        tasks.sort(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion));
        for (ActiveObjectsUpgradeTask task : tasks) {
            if (task.getModelVersion().isNewerThan(current)) {
                task.upgrade(current, pluginAo);
                reached = task.getModelVersion();
                hostAo.create(MarkerEntity.class, java.util.Map.of("NAME", marker(reached)));
            }
        }
        pluginAo.migrate(entities(ao));
        return reached;
    }

    private ModelVersion storedVersion() {
        ModelVersion best = ModelVersion.valueOf("0");
        for (MarkerEntity m : hostAo.find(MarkerEntity.class, Query.select().where("NAME LIKE ?", marker(null) + "%"))) {
            ModelVersion v = ModelVersion.valueOf(m.getName().substring(marker(null).length()));
            if (v.isNewerThan(best)) {
                best = v;
            }
        }
        return best;
    }

    private String marker(ModelVersion version) {
        return "ao-model-version:" + namespace + ":" + (version == null ? "" : version.toString());
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] entities(Element ao) {
        List<Class<?>> classes = new ArrayList<>();
        for (String name : texts(ao, "entity")) {
            classes.add(load(name));
        }
        return classes.toArray(new Class[0]);
    }

    private static List<String> texts(Element parent, String tag) {
        List<String> out = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent().trim());
        }
        return out;
    }

    private static Object instantiate(String className) {
        try {
            return load(className).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create upgrade task " + className, e);
        }
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, true, PluginSchema.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The plugin descriptor names a class that is not there: " + className, e);
        }
    }

    private static Element aoModule(String resource) {
        try (InputStream in = PluginSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Plugin descriptor missing from the classpath: " + resource);
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document doc = factory.newDocumentBuilder().parse(in);
            NodeList modules = doc.getElementsByTagName("ao");
            if (modules.getLength() == 0) {
                throw new IllegalStateException("No <ao> module in " + resource);
            }
            return (Element) modules.item(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("Unreadable plugin descriptor " + resource, e);
        }
    }
}
