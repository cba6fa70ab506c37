package works.async.sandbox.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

import works.async.sandbox.auth.CurrentUser;

/**
 * The XSRF rule for signed-in callers before resource matching, so that a form or text post to a JSON resource is
 * refused as XSRF (403) rather than as an unsupported type (415). Anonymous callers are left to the per-resource
 * guard, which answers 401 first where sign-in is needed and applies the same XSRF rule otherwise.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class XsrfPreMatchingFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (CurrentUser.get().isPresent() && RestSecurityFeature.failsXsrf(request)) {
            request.abortWith(JsonErrors.response(403, "xsrf", "sandbox.error.xsrf"));
        }
    }
}
