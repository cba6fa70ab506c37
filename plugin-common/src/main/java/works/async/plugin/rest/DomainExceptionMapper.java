package works.async.plugin.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.policy.FieldProblem;
import works.async.core.policy.PolicyValidationException;
import works.async.core.schedule.ScheduleValidationException;

/** Answers a refused domain rule with its status and {@code {"error","message","field"}}; bad input is never a 500. */
@Provider
public final class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    private final Messages messages;

    @Inject
    public DomainExceptionMapper(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(DomainException e) {
        // The code's kind fixes the status and the generic text for a code without a text of its own.
        ErrorCode.Kind kind = e.code().kind();
        int status = kind.httpStatus();
        List<FieldProblem> problems = e instanceof PolicyValidationException p ? p.problems()
                : e instanceof ScheduleValidationException s ? s.problems() : null;
        ErrorBody body = new ErrorBody(e.code().id(), messages.error(e.code().id(), kind.genericId()),
                status == 404 ? null : e.field(), problems == null ? null : problems.stream()
                .map(p -> new ErrorBody.Problem(p.field(), p.code(), messages.problem(p.code(), p.field()))).toList());
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
