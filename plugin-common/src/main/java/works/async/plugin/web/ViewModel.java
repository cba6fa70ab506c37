package works.async.plugin.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an immutable type handed to templates. Every public method of such a type is listed in both plugins'
 * {@code <velocity-allowlist>} (a test keeps the two in step), and nothing else of the plugin is: templates can
 * read view models and nothing more (DESIGN.md, "Seams").
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ViewModel {
}
