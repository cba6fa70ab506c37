package works.async.plugin.rest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

import com.atlassian.activeobjects.external.ActiveObjects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;

import works.async.plugin.app.AppFixture;
import works.async.plugin.spring.RestTypes;

/** The plugin's REST components in Jersey, called in-process (no network) with real JSON in and out. */
final class RestHarness {

    private static final URI BASE = URI.create("http://localhost/rest/async-work/1.0/");
    private static final ObjectMapper JSON = new ObjectMapper();

    final AppFixture f;
    private final ApplicationHandler handler;

    /** A status and the parsed JSON body. */
    record Reply(int status, JsonNode body, String raw) {
    }

    RestHarness() {
        this(null);
    }

    /** @param wrap optionally wraps the AO facade (e.g. to inject a database failure) */
    RestHarness(UnaryOperator<ActiveObjects> wrap) {
        f = new AppFixture(wrap);
        ResourceConfig config = new ResourceConfig();
        // Created through the context, as REST v2 creates them in the products.
        RestTypes.inAllPackages().forEach(type ->
                config.registerInstances(f.app.context().getAutowireCapableBeanFactory().createBean(type)));
        // As the hosts must: our mappers answer malformed JSON, not Jersey's own.
        config.register(JacksonFeature.withoutExceptionMappers());
        handler = new ApplicationHandler(config);
    }

    Reply call(String user, String method, String path, String body) {
        return call(user, method, path, body, body == null ? null : "application/json");
    }

    /** With the body sent under the given {@code Content-Type} (null: no header). */
    Reply call(String user, String method, String path, String body, String contentType) {
        f.host.signIn(user);
        ContainerRequest request = new ContainerRequest(BASE, BASE.resolve(path), method, null,
                new MapPropertiesDelegate(), null);
        request.header("Accept", "application/json");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (body != null) {
            request.setEntityStream(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ContainerResponse response = handler.apply(request, out).get();
            String raw = out.toString(StandardCharsets.UTF_8);
            return new Reply(response.getStatus(), raw.isEmpty() ? null : JSON.readTree(raw), raw);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    Reply get(String user, String path) {
        return call(user, "GET", path, null);
    }

    Reply post(String user, String path, String body) {
        return call(user, "POST", path, body);
    }

    Reply put(String user, String path, String body) {
        return call(user, "PUT", path, body);
    }

    /** JSON text from a Java literal with single quotes, so test bodies stay readable. */
    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
