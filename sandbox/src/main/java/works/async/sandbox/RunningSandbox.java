package works.async.sandbox;

import java.net.URI;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import works.async.sandbox.http.HttpHost;

/** A started sandbox: its port, and {@link #close()} to stop the server, the job and the database pools. */
public final class RunningSandbox implements AutoCloseable {

    private final HttpHost http;
    private final Services services;
    private final ScheduledExecutorService jobs;
    private final String host;

    RunningSandbox(HttpHost http, Services services, ScheduledExecutorService jobs, String host) {
        this.http = http;
        this.services = services;
        this.jobs = jobs;
        this.host = host;
    }

    public int port() {
        return http.port();
    }

    public URI baseUri() {
        return URI.create("http://" + host + ":" + port());
    }

    /** The app and host services (tests inspect stored data through them). */
    public Services services() {
        return services;
    }

    @Override
    public void close() {
        jobs.shutdownNow();
        try {
            http.stop();
        } catch (Exception e) {
            // Stopping is best effort; the database pools below are what must be released.
        }
        try {
            jobs.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        services.close();
    }
}
