package works.async.sandbox.crash;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One sandbox started as a process of its own from the built jar (as an administrator runs it), so that it can be
 * killed with SIGKILL ({@link Process#destroyForcibly()} on Linux) and started again on the same database. Every
 * start of one node appends to the node's log and adds its process id, the name its mailer records deliveries under.
 */
final class SandboxNode implements AutoCloseable {

    /** The shaded jar {@code mvn package} builds; failsafe passes its path. */
    static Path jar() {
        Path jar = Path.of(System.getProperty("sandbox.jar", "target/async-work-sandbox.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No sandbox jar at " + jar.toAbsolutePath() + ": run mvn package first");
        }
        return jar;
    }

    final String name;
    private final List<String> databaseArgs;
    private final Path clockFile;
    private final Path log;
    private final List<String> pids = new ArrayList<>();
    private Process process;
    private int port;

    /** @param databaseArgs {@code --db URL --db-user U} or {@code --data DIR} */
    SandboxNode(String name, List<String> databaseArgs, Path clockFile, Path logDir) {
        this.name = name;
        this.databaseArgs = List.copyOf(databaseArgs);
        this.clockFile = clockFile;
        this.log = logDir.resolve(name + ".log");
    }

    /** Starts the process (without waiting for it); see {@link #awaitReady()}. */
    SandboxNode launch() throws IOException {
        port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                // Few connections per pool (c3p0 reads system properties): the PostgreSQL server is shared with
                // every other test running on this machine, and two nodes have four pools.
                "-Dc3p0.maxPoolSize=6", "-Dc3p0.minPoolSize=1", "-Dc3p0.initialPoolSize=1", "-jar", jar().toString(),
                "--port", Integer.toString(port), "--escalation-interval", "PT1S", "--clock-file", clockFile.toString()));
        command.addAll(databaseArgs);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        pids.add("pid-" + process.pid());
        return this;
    }

    /** Waits until the login page answers (at most two minutes); fails when the process ends first. */
    SandboxNode awaitReady() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped during its start (exit " + process.exitValue()
                        + "); its log: " + tail());
            }
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " did not answer within two minutes; its log: " + tail());
    }

    SandboxNode start() throws Exception {
        return launch().awaitReady();
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Every process id this node ran as, as its mailer names them ({@code pid-N}). */
    List<String> pids() {
        return List.copyOf(pids);
    }

    /** SIGKILL: no shutdown hook, no pool closing, no HSQLDB checkpoint. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " survived SIGKILL");
        }
    }

    /** SIGTERM: the sandbox's shutdown hook closes the server, the job and the database. */
    void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
