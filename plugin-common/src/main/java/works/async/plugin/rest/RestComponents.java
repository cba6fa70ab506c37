package works.async.plugin.rest;

import java.util.ArrayList;
import java.util.List;

import works.async.plugin.app.AsyncWork;

/** Every JAX-RS resource and provider of the plugin, built from the application services (for hosts that register instances). */
public final class RestComponents {

    private RestComponents() {
    }

    public static List<Object> of(AsyncWork app) {
        List<Object> components = new ArrayList<>();
        return List.copyOf(components);
    }
}
