package works.async.plugin.wired;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;

/**
 * The host's event publisher for a wired test: it keeps the registered listeners and delivers a published event as
 * Atlassian Events does, to each listener's {@code @EventListener} methods whose parameter the event is.
 */
public final class FakeEventBus {

    private final List<Object> listeners = Collections.synchronizedList(new ArrayList<>());

    /** The publisher the plugin imports: register and unregister only. */
    public EventPublisher publisher(String host) {
        return ByName.fake(host, EventPublisher.class, (method, args) -> switch (method) {
            case "register" -> {
                listeners.add(args[0]);
                yield null;
            }
            case "unregister" -> {
                listeners.remove(args[0]);
                yield null;
            }
            default -> ByName.unfaked();
        });
    }

    /** Publishes the event to each registered listener's matching {@code @EventListener}. */
    public void publish(Object event) {
        List<Object> registered = List.copyOf(listeners);
        if (registered.isEmpty()) {
            throw new AssertionError("no listener is registered with the event publisher");
        }
        for (Object listener : registered) {
            for (Method method : listener.getClass().getMethods()) {
                if (method.isAnnotationPresent(EventListener.class) && method.getParameterCount() == 1
                        && method.getParameterTypes()[0].isInstance(event)) {
                    invoke(listener, method, event);
                }
            }
        }
    }

    public boolean hasListener() {
        return !listeners.isEmpty();
    }

    private static void invoke(Object listener, Method method, Object event) {
        try {
            method.invoke(listener, event);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        } catch (InvocationTargetException e) {
            // Atlassian Events logs a listener's exception; the plugin's listeners must never throw, so fail here.
            throw new AssertionError("the listener threw", e.getCause());
        }
    }
}
