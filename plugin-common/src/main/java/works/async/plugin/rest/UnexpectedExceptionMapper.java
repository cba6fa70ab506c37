package works.async.plugin.rest;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Anything unexpected: logged for the administrator, answered with a generic 500 and never a stack trace. */
@Provider
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    private final Messages messages;

    @Inject
    public UnexpectedExceptionMapper(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(Throwable e) {
        // A host that wraps the JSON reader's failure (as jakarta.ws.rs.ProcessingException) still means bad input.
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return new JsonExceptionMapper(messages).toResponse(json);
            }
        }
        LOG.log(Level.SEVERE, "Async Work REST call failed", e);
        return Response.status(500).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of("internal_error", messages.error("internal_error", "internal_error"), null)).build();
    }
}
