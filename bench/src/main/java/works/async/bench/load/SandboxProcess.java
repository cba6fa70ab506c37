package works.async.bench.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A sandbox started as its own process from its jar (as a user runs it), on a PostgreSQL database, so the load
 * runner measures it over HTTP like any server and the two sandboxes it compares share nothing but the database.
 */
final class SandboxProcess implements AutoCloseable {

    private final Process process;
    final String base;

    private SandboxProcess(Process process, int port) {
        this.process = process;
        this.base = "http://127.0.0.1:" + port;
    }

    /** Starts the jar on a free port and waits until its login page answers (at most three minutes). */
    static SandboxProcess start(Path jar, String jdbcUrl, Path log, String... options) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(), "--port", Integer.toString(port), "--db", jdbcUrl,
                "--db-user", System.getProperty("bench.pg.user", "postgres")));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        SandboxProcess sandbox = new SandboxProcess(process, port);
        sandbox.awaitReady(Duration.ofMinutes(3));
        return sandbox;
    }

    private void awaitReady(Duration limit) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the sandbox stopped during its start (exit " + process.exitValue() + ")");
            }
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("the sandbox did not answer within " + limit);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * The CPU time the sandbox's process has used so far (every thread, user and system). Unlike a latency, what one
     * view costs in it does not grow when other processes share the cores.
     */
    Duration cpu() {
        return process.toHandle().info().totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("this system does not tell a process's CPU time"));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
