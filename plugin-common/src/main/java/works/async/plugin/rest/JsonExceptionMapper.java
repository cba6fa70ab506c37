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
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A body that is not JSON, or not the JSON an endpoint takes (wrong type of a value, a key given twice: see
 * {@link StrictJson}), is bad input: 400 {@code malformed_json}, naming the field when the parser knows it. Valid JSON
 * whose value is not a whole number where one belongs ({@code "attendees":[1,2]}, {@code "60"}, {@code 1.5}, a number
 * beyond the field's type) is 400 {@code invalid_number} instead, saying what the number counts where that is known
 * (people, minutes): "not valid JSON" would send the sender looking for a syntax error. Hosts register it instead of
 * their own Jackson mappers (Jersey: {@code JacksonFeature.withoutExceptionMappers()}).
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
        if (field != null && wantedANumber(e, unreadable)) {
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ErrorBody.of("invalid_number", numberText(field), field)).build();
        }
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of("malformed_json", messages.error("malformed_json", "invalid"), field)).build();
    }

    /** A whole number was wanted: the value bound had another shape, or the number read does not fit its type. */
    private static boolean wantedANumber(JsonProcessingException e, StreamReadException unreadable) {
        if (unreadable != null) {
            return unreadable instanceof InputCoercionException coercion && isNumber(coercion.getTargetType());
        }
        return e instanceof MismatchedInputException mismatch && isNumber(mismatch.getTargetType());
    }

    private static boolean isNumber(Class<?> type) {
        return type != null && (Number.class.isAssignableFrom(type) || type == int.class || type == long.class
                || type == short.class || type == byte.class || type == double.class || type == float.class);
    }

    /** What the refused number counts, by the field's last name: people, minutes, or just a whole number. */
    private String numberText(String field) {
        String leaf = field.substring(field.lastIndexOf('.') + 1);
        if (leaf.equals("attendees")) {
            return messages.error("invalid_number.people", "invalid_number");
        }
        if (leaf.endsWith("Minutes") || leaf.endsWith("minutes")) {
            return messages.error("invalid_number.minutes", "invalid_number");
        }
        return messages.error("invalid_number", "invalid");
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
