package works.async.sandbox.http;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;

import works.async.sandbox.auth.CurrentUser;
import works.async.sandbox.host.SandboxUser;

/**
 * The REST v2 rules the products apply to every plugin resource: the access annotations (401 for anonymous,
 * 403 for non-administrators) and the XSRF rule (a state-changing request whose body is a form, multipart or text,
 * which a foreign page could send, needs {@code X-Atlassian-Token: no-check}; JSON passes, since browsers only
 * send it cross-site after a CORS preflight the sandbox never grants).
 */
public final class RestSecurityFeature implements DynamicFeature {

    public static final String XSRF_HEADER = "X-Atlassian-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        AccessRule rule = AccessRule.of(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass());
        context.register(new Guard(rule));
    }

    /** Whether a request with this method and content type needs the XSRF header. */
    public static boolean needsXsrfHeader(String method, MediaType type) {
        if (SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return false;
        }
        // Stricter than the products for a missing type: a foreign page can send a body-less or untyped request
        // (fetch with mode no-cors), so it needs the header as well; the plugins' own scripts send JSON.
        if (type == null) {
            return true;
        }
        return type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)
                || "text".equalsIgnoreCase(type.getType());
    }

    static boolean failsXsrf(ContainerRequestContext request) {
        return needsXsrfHeader(request.getMethod(), request.getMediaType())
                && !"no-check".equalsIgnoreCase(request.getHeaderString(XSRF_HEADER));
    }

    @Priority(Priorities.AUTHENTICATION)
    private record Guard(AccessRule rule) implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            Optional<SandboxUser> user = CurrentUser.get();
            if (rule != AccessRule.ANONYMOUS && user.isEmpty()) {
                request.abortWith(JsonErrors.response(401, "unauthenticated", "sandbox.error.unauthenticated"));
                return;
            }
            if ((rule == AccessRule.ADMIN || rule == AccessRule.SYSTEM_ADMIN) && !user.get().admin()) {
                request.abortWith(JsonErrors.response(403, "forbidden", "sandbox.error.admin.only"));
                return;
            }
            if (failsXsrf(request)) {
                request.abortWith(JsonErrors.response(403, "xsrf", "sandbox.error.xsrf"));
            }
        }
    }
}
