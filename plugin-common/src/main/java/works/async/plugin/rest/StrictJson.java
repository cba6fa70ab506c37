package works.async.plugin.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The Jackson mapper the plugin's resources read and write bodies with (the hosts' Jackson providers ask JAX-RS
 * {@link ContextResolver}s for it). Jackson's defaults are lenient in ways that change what was sent: {@code 42}
 * becomes the question {@code "42"}, {@code "60"} and {@code 1.5} become 60 and 1 working minutes, and of two
 * {@code "question"} keys the last silently wins. Each of these is refused here instead, and
 * {@link JsonExceptionMapper} answers 400 {@code malformed_json} naming the field.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class StrictJson implements ContextResolver<ObjectMapper> {

    private static final ObjectMapper MAPPER = create();

    /** REST v2 builds providers through their {@code @Inject} constructor; this one needs nothing. */
    @Inject
    public StrictJson() {
    }

    /** Strict on reading; writing is Jackson's default, as before. */
    public static ObjectMapper create() {
        ObjectMapper mapper = JsonMapper.builder()
                // "60" is not a number, 1 is not true.
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // 1.5 working minutes is not 1.
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // {"question":"a","question":"b"}: which one the sender meant is unknown.
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        // A number or boolean where text belongs is a wrong type, not text (Jackson's default turns 42 into "42").
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return MAPPER;
    }
}
