package works.async.plugin.rest;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import works.async.core.DomainException;
import works.async.core.policy.FieldProblem;
import works.async.core.policy.PolicyValidationException;
import works.async.core.schedule.ScheduleValidationException;

/** Answers a refused domain rule with its status and {@code {"error","message","field"}}; bad input is never a 500. */
@Provider
public final class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    private static final Map<String, Integer> STATUS = Map.of(
            "unauthenticated", 401,
            "forbidden", 403,
            "not_found", 404,
            "conflict", 409,
            "illegal_transition", 409,
            // A state of that person's calendar, not a mistake in the request: the same request may work later.
            "no_working_time", 409,
            "report_closed", 409,
            "already_delivered", 409);

    private final Messages messages;

    @Inject
    public DomainExceptionMapper(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(DomainException e) {
        int status = STATUS.getOrDefault(e.code(), 400);
        String fallback = switch (status) {
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 409 -> "conflict";
            default -> "invalid";
        };
        List<FieldProblem> problems = e instanceof PolicyValidationException p ? p.problems()
                : e instanceof ScheduleValidationException s ? s.problems() : null;
        ErrorBody body = new ErrorBody(e.code(), messages.error(e.code(), fallback),
                status == 404 ? null : e.field(), problems == null ? null : problems.stream()
                .map(p -> new ErrorBody.Problem(p.field(), p.code(), messages.problem(p.code()))).toList());
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
