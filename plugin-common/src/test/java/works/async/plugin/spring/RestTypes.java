package works.async.plugin.spring;

import java.util.Comparator;
import java.util.List;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The JAX-RS resources and providers of a package, found as REST v2 finds them in the package its {@code <rest>}
 * module names: by their {@code @Path} or {@code @Provider} annotation, so a new resource needs no list to join.
 */
public final class RestTypes {

    /** The shared package, which both descriptors' {@code <rest>} module names. */
    public static final String PACKAGE = "works.async.plugin.rest";

    /** Every REST package of plugin-common: the shared one, Jira's issue one and Confluence's page one. */
    public static final List<String> ALL_PACKAGES = List.of(PACKAGE, "works.async.plugin.issuerest",
            "works.async.plugin.pagerest");

    private RestTypes() {
    }

    /** The types of every REST package, as the sandbox (which hosts issues and pages alike) serves them. */
    public static List<Class<?>> inAllPackages() {
        return ALL_PACKAGES.stream().flatMap(p -> inPackage(p).stream()).toList();
    }

    public static List<Class<?>> inPackage(String packageName) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Path.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Provider.class));
        ClassLoader loader = RestTypes.class.getClassLoader();
        return scanner.findCandidateComponents(packageName).stream()
                .<Class<?>>map(found -> ClassUtils.resolveClassName(found.getBeanClassName(), loader))
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }
}
