package works.async.plugin.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.ArrayDeque;
import java.util.Deque;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A body that is not JSON, or not the JSON an endpoint takes (wrong type of a value, a key given twice: see
 * {@link StrictJson}), is bad input: 400 {@code malformed_json}, naming the field when the parser knows it. Hosts register it instead of their own
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
        // Unreadable JSON (a key given twice, a truncated body) is known where the parser stood; a value of the
        // wrong type by the binding's path. Binding a nested record wraps the parser's failure, so look for it first.
        StreamReadException unreadable = unreadable(e);
        String field = unreadable != null && unreadable.getProcessor() != null
                ? path(unreadable.getProcessor().getParsingContext())
                : e instanceof JsonMappingException m && !m.getPath().isEmpty() ? path(m) : null;
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of("malformed_json", messages.error("malformed_json", "invalid"), field)).build();
    }

    private static StreamReadException unreadable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamReadException read) {
                return read;
            }
        }
        return null;
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

    /**
     * Where the parser stood, e.g. {@code meeting.name} for a duplicate key in {@code meeting}, or {@code
     * recipients[2]}: a key given twice fails while reading, before any value is bound, so only the parser knows.
     */
    static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.push(c.getCurrentName());
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                parts.push("[" + c.getCurrentIndex() + "]");
            }
        }
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            path.append(path.length() == 0 || part.startsWith("[") ? "" : ".").append(part);
        }
        return path.length() == 0 ? null : path.toString();
    }
}
