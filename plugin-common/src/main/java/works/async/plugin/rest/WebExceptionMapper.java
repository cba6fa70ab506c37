package works.async.plugin.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The framework's own refusals (unknown path, wrong method or media type) in the same error shape, same status. */
@Provider
public final class WebExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private final Messages messages;

    @Inject
    public WebExceptionMapper(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        String code = code(status);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of(code, messages.error(code, status >= 500 ? "internal_error" : "invalid"), null))
                .build();
    }

    /** The error code of a framework refusal by its status. */
    static String code(int status) {
        return switch (status) {
            case 400 -> "invalid";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 409 -> "conflict";
            case 413 -> "too_large";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "internal_error" : "invalid";
        };
    }
}
