package works.async.plugin.rest;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonProcessingException;

import works.async.plugin.database.DatabaseUnavailable;

/**
 * Anything unexpected: logged for the administrator, answered with a generic 500 and never a stack trace; the
 * database going away is a 503 {@code unavailable} (try again shortly), since nothing is wrong with the request.
 */
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
        if (DatabaseUnavailable.is(e)) {
            LOG.log(Level.WARNING, "Async Work REST call failed: the database is unavailable (" + e + ")");
            return Response.status(503).type(MediaType.APPLICATION_JSON_TYPE).header("Retry-After", "5")
                    .entity(ErrorBody.of("unavailable", messages.error("unavailable", "unavailable"), null)).build();
        }
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
