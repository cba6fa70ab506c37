package works.async.sandbox.http;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import works.async.sandbox.sal.SandboxText;

/** Host-made errors in the REST error shape {@code {"error","message","field"}}, from servlet filters and Jersey filters. */
public final class JsonErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonErrors() {
    }

    public static Map<String, Object> body(String code, String messageKey) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", SandboxText.get(messageKey));
        body.put("field", null);
        return body;
    }

    public static void send(HttpServletResponse response, int status, String code, String messageKey) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body(code, messageKey)));
    }

    public static Response response(int status, String code, String messageKey) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body(code, messageKey)).build();
    }
}
