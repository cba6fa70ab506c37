package works.async.plugin.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Gives every error answer without a body the JSON error body. Jersey answers some refusals itself, past every
 * exception mapper: an unreadable {@code Content-Type} header (such as {@code ;;;}) is a bare 400, which a servlet
 * host then turns into its HTML error page. With a body of ours, a client sees the same shape as for every other
 * error.
 */
@Provider
public final class EmptyErrorFilter implements ContainerResponseFilter {

    private final Messages messages;

    @Inject
    public EmptyErrorFilter(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity()) {
            return;
        }
        String code = WebExceptionMapper.code(status);
        response.setEntity(ErrorBody.of(code, messages.error(code, status >= 500 ? "internal_error" : "invalid"), null),
                null, MediaType.APPLICATION_JSON_TYPE);
    }
}
