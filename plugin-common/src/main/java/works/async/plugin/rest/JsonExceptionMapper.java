package works.async.plugin.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A body that is not JSON, or not the JSON an endpoint takes (wrong type of a value), is bad input: 400
 * {@code malformed_json}, naming the field when the parser knows it. Hosts register it instead of their own
 * Jackson mappers (Jersey: {@code JacksonFeature.withoutExceptionMappers()}).
 */
@Provider
public final class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    private final Messages messages;

    @Inject
    public JsonExceptionMapper(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m && !m.getPath().isEmpty() ? path(m) : null;
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of("malformed_json", messages.error("malformed_json", "invalid"), field)).build();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? null : path.toString();
    }
}
