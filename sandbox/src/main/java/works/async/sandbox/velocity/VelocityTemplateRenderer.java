package works.async.sandbox.velocity;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;

/**
 * SAL's TemplateRenderer as the products provide it to plugins: Velocity 1.7, templates from the classpath, every
 * {@code $reference} HTML-encoded unless HTML-safe ({@link HtmlSafeRule}), and only allowlisted methods callable
 * ({@link VelocityAllowlist}). The context also holds {@code $i18n}, as the products' template renderer adds it.
 */
public final class VelocityTemplateRenderer implements TemplateRenderer {

    private final VelocityEngine engine;
    private final Map<String, Object> defaults;

    public VelocityTemplateRenderer(VelocityAllowlist allowlist, I18nResolver i18n) {
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADER, "class");
        p.setProperty("class.resource.loader.class", ClasspathResourceLoader.class.getName());
        p.setProperty("class.resource.loader.cache", "true");
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        p.setProperty(RuntimeConstants.OUTPUT_ENCODING, "UTF-8");
        p.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspector.class.getName());
        p.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, HtmlEscapingInsertionHandler.class.getName());
        p.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, Slf4jLogChute.class.getName());
        p.setProperty(RuntimeConstants.VM_LIBRARY, "");
        this.engine = new VelocityEngine();
        engine.setApplicationAttribute(AllowlistUberspector.ALLOWLIST_ATTRIBUTE, allowlist);
        engine.init(p);
        this.defaults = Map.of("i18n", i18n);
    }

    @Override
    public void render(String templateName, Writer writer) throws IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        Template template;
        try {
            template = engine.getTemplate(templateName, "UTF-8");
        } catch (RuntimeException e) {
            throw new RenderingException("Cannot load template " + templateName + ": " + e.getMessage(), e);
        }
        Set<Object> previous = SafeValues.begin();
        try {
            template.merge(context(context), writer);
        } catch (RuntimeException e) {
            throw failure(templateName, e);
        } finally {
            SafeValues.end(previous);
        }
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        Set<Object> previous = SafeValues.begin();
        try {
            engine.evaluate(context(context), out, "fragment", fragment);
        } catch (RuntimeException e) {
            throw failure("fragment", e);
        } finally {
            SafeValues.end(previous);
        }
        return out.toString();
    }

    /** Renders a template to a string (host pages). */
    public String renderToString(String templateName, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            render(templateName, context, out);
        } catch (IOException e) {
            throw new RenderingException(e);
        }
        return out.toString();
    }

    @Override
    public boolean resolve(String templateName) {
        return engine.resourceExists(templateName);
    }

    private VelocityContext context(Map<String, Object> values) {
        Map<String, Object> all = new HashMap<>(defaults);
        all.putAll(values);
        return new VelocityContext(all);
    }

    private static RenderingException failure(String template, RuntimeException e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof VelocityAllowlistException allowlist) {
                return new RenderingException(allowlist.getMessage(), allowlist);
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        if (e instanceof MethodInvocationException m && m.getWrappedThrowable() instanceof VelocityAllowlistException a) {
            return new RenderingException(a.getMessage(), a);
        }
        return new RenderingException("Cannot render " + template + ": " + e.getMessage(), e);
    }
}
