package works.async.sandbox.http;

import java.util.Comparator;
import java.util.List;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The plugin's REST resources and providers, made as REST v2 makes them in the products: found by their
 * {@code @Path} or {@code @Provider} annotation in the package the descriptors' {@code <rest>} module names, and
 * each created through the plugin's Spring context by its {@code @Inject} constructor. A constructor the context
 * cannot satisfy stops the sandbox's start, as it would stop the plugin in Jira.
 */
public final class PluginRest {

    /**
     * The {@code <package>}s of the descriptors' {@code <rest>} modules: the shared one, Jira's issue one and
     * Confluence's page one, all three here since the sandbox hosts issues and pages alike.
     */
    public static final List<String> PACKAGES = List.of("works.async.plugin.rest", "works.async.plugin.issuerest",
            "works.async.plugin.pagerest");

    private PluginRest() {
    }

    public static List<Object> create(ApplicationContext plugin) {
        AutowireCapableBeanFactory factory = plugin.getAutowireCapableBeanFactory();
        return types().stream().<Object>map(factory::createBean).toList();
    }

    static List<Class<?>> types() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Path.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Provider.class));
        ClassLoader loader = PluginRest.class.getClassLoader();
        return PACKAGES.stream().flatMap(p -> scanner.findCandidateComponents(p).stream())
                .<Class<?>>map(found -> ClassUtils.resolveClassName(found.getBeanClassName(), loader))
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }
}
