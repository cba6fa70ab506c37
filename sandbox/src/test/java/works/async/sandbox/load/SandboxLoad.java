package works.async.sandbox.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Many signed-in people using one running sandbox at once, over HTTP as browsers do: each client signs in through
 * the login form (a session cookie, as the panel's own calls carry) and then repeats a fixed mix of the issue page
 * ({@code GET /browse/DEMO-1}), the issue's Async Work resource ({@code GET …/issues/DEMO-1/async}) and, every
 * {@link #BURST_EVERY}th step, a burst of reply requests created by all clients at the same moment (a
 * {@link Phaser} lines them up). Each client first signs in and warms up (one page, one resource call: checked, not
 * timed); the clock starts when all are ready. Every answer's status and time is kept; creates answered 201 are read
 * back once the load is over.
 */
final class SandboxLoad {

    /** The login form's token, as the sandbox prints it. */
    private static final Pattern TOKEN = Pattern.compile("name=\"atl_token\" value=\"([0-9a-f]+)\"");

    static final String REST = "/rest/async-work/1.0";
    static final List<String> USERS = List.of("alice", "bob", "carol", "dinesh", "emma", "admin");
    /** Issues the creates go to; DEMO-1, which the reads look at, keeps its size so reads stay comparable. */
    static final List<String> CREATE_ISSUES = List.of("DEMO-2", "DEMO-3", "DEMO-4", "DEMO-5");
    static final int BURST_EVERY = 8;
    static final int CREATES_PER_BURST = 3;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final int clients;
    private final int stepsPerClient;
    private final Duration cap;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * @param clients        concurrent clients, each on a thread of its own
     * @param stepsPerClient steps each client takes (a step is one read, or one burst of creates)
     * @param cap            the load stops here even if steps remain (a slow machine must not hang the build)
     */
    SandboxLoad(URI base, int clients, int stepsPerClient, Duration cap) {
        this.base = base;
        this.clients = clients;
        this.stepsPerClient = stepsPerClient;
        this.cap = cap;
    }

    /** One answer: what was asked, its status (-1: no answer at all), how long it took, and its body if it failed. */
    record Sample(String kind, int status, long nanos, String failure) {
    }

    /** A reply request the sandbox answered 201 for, and who asked it. */
    record Created(String id, String asker, String question) {
    }

    /**
     * Everything one run measured: the warm-up's answers (checked, not timed) and the load's (checked and timed).
     */
    record Result(List<Sample> warmUp, List<Sample> samples, List<Created> created, List<String> unreadable,
                  Duration took, boolean capped) {

        List<Sample> serverErrors() {
            return Stream.concat(warmUp.stream(), samples.stream()).filter(s -> s.status() >= 500).toList();
        }

        /** Answers other than the expected 200 (reads) and 201 (creates), and requests that got no answer at all. */
        List<Sample> unexpected() {
            return Stream.concat(warmUp.stream(), samples.stream())
                    .filter(s -> s.status() < 500 && s.failure() != null).toList();
        }

        long percentileMillis(double p) {
            List<Long> sorted = samples.stream().map(Sample::nanos).sorted().toList();
            if (sorted.isEmpty()) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return TimeUnit.NANOSECONDS.toMillis(sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))));
        }

        long count(String kind) {
            return samples.stream().filter(s -> s.kind().equals(kind)).count();
        }

        String summary(String database) {
            return String.format("Sandbox load on %s: %d requests (browse %d, async %d, create %d) in %.1f s%s; "
                            + "p50 %d ms, p95 %d ms, p99 %d ms; 5xx %d; creates answered 201: %d, unreadable after: %d",
                    database, samples.size(), count("browse"), count("async"), count("create"),
                    took.toMillis() / 1000.0, capped ? " (stopped at the time cap)" : "",
                    percentileMillis(50), percentileMillis(95), percentileMillis(99), serverErrors().size(),
                    created.size(), unreadable.size());
        }
    }

    Result run() throws InterruptedException {
        String[] cookies = new String[clients];
        ConcurrentLinkedQueue<Sample> warmUp = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Created> created = new ConcurrentLinkedQueue<>();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        AtomicLong deadline = new AtomicLong();
        Phaser bursts = new Phaser(clients);
        AtomicInteger questions = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start;
        boolean capped = false;
        try {
            List<Future<Boolean>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                done.add(pool.submit(() -> {
                    String user = USERS.get(client % USERS.size());
                    String recipient = USERS.get((client + 1) % USERS.size());
                    boolean warm = false;
                    try {
                        String cookie = signIn(user);
                        cookies[client] = cookie;
                        // A freshly started sandbox runs its first requests interpreted: one page and one resource
                        // call per client first (checked, not timed), so the figures are of a running sandbox.
                        warmUp.add(get("browse", cookie, "/browse/DEMO-1"));
                        warmUp.add(get("async", cookie, REST + "/issues/DEMO-1/async"));
                        warm = true;
                        ready.countDown();
                        go.await();
                        for (int step = 0; step < stepsPerClient; step++) {
                            if (System.nanoTime() > deadline.get()) {
                                return true;
                            }
                            if (step % BURST_EVERY == BURST_EVERY - 1) {
                                lineUp(bursts);
                                for (int i = 0; i < CREATES_PER_BURST; i++) {
                                    String issue = CREATE_ISSUES.get((client + i) % CREATE_ISSUES.size());
                                    String question = "Load question " + questions.incrementAndGet() + " from " + user + "?";
                                    create(cookie, user, issue, recipient, question, samples, created);
                                }
                            } else if (step % 2 == 0) {
                                samples.add(get("browse", cookie, "/browse/DEMO-1"));
                            } else {
                                samples.add(get("async", cookie, REST + "/issues/DEMO-1/async"));
                            }
                        }
                        return false;
                    } finally {
                        if (!warm) {
                            ready.countDown();
                        }
                        bursts.arriveAndDeregister();
                    }
                }));
            }
            if (!ready.await(cap.toSeconds() * 3, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The clients did not sign in and warm up within " + cap.toSeconds() * 3 + " s");
            }
            start = System.nanoTime();
            deadline.set(start + cap.toNanos());
            go.countDown();
            for (Future<Boolean> f : done) {
                try {
                    capped |= f.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("A load client failed", e.getCause());
                }
            }
        } finally {
            go.countDown();
            pool.shutdownNow();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        List<String> unreadable = readBack(List.copyOf(created), List.of(cookies));
        return new Result(List.copyOf(warmUp), List.copyOf(samples), List.copyOf(created), unreadable, took, capped);
    }

    /** Waits for the other clients' bursts, but never long: a client that is late only makes a smaller burst. */
    private static void lineUp(Phaser bursts) throws InterruptedException {
        int phase = bursts.arrive();
        try {
            bursts.awaitAdvanceInterruptibly(phase, 2, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            // Go on alone.
        }
    }

    private void create(String cookie, String user, String issue, String recipient, String question,
                        ConcurrentLinkedQueue<Sample> samples, ConcurrentLinkedQueue<Created> created) {
        ObjectNode body = JSON.createObjectNode().put("recipient", recipient).put("question", question);
        HttpRequest request = request(cookie, REST + "/issues/" + issue + "/reply-requests")
                .header("Content-Type", "application/json").header("X-Atlassian-Token", "no-check")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            long nanos = System.nanoTime() - t0;
            if (r.statusCode() == 201) {
                created.add(new Created(JSON.readTree(r.body()).get("id").asText(), user, question));
                samples.add(new Sample("create", 201, nanos, null));
            } else {
                samples.add(new Sample("create", r.statusCode(), nanos, describe("POST " + issue, r)));
            }
        } catch (IOException e) {
            samples.add(new Sample("create", -1, System.nanoTime() - t0, "POST " + issue + ": no answer: " + e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Sample get(String kind, String cookie, String path) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(request(cookie, path).GET().build(), HttpResponse.BodyHandlers.ofString());
            long nanos = System.nanoTime() - t0;
            return new Sample(kind, r.statusCode(), nanos, r.statusCode() == 200 ? null : describe("GET " + path, r));
        } catch (IOException e) {
            return new Sample(kind, -1, System.nanoTime() - t0, "GET " + path + ": no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sample(kind, -1, System.nanoTime() - t0, "interrupted");
        }
    }

    /** Each created request, read back by the one who asked it: it must be there with its question. */
    private List<String> readBack(List<Created> created, List<String> cookies) throws InterruptedException {
        List<String> unreadable = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Created c : created) {
                String cookie = cookies.get(USERS.indexOf(c.asker()));
                pool.submit(() -> {
                    try {
                        HttpResponse<String> r = http.send(request(cookie, REST + "/reply-requests/" + c.id()).GET().build(),
                                HttpResponse.BodyHandlers.ofString());
                        JsonNode json = r.statusCode() == 200 ? JSON.readTree(r.body()) : null;
                        if (json == null || !c.question().equals(json.path("question").asText())) {
                            unreadable.add(c.id() + ": " + describe("GET", r));
                        }
                    } catch (IOException e) {
                        unreadable.add(c.id() + ": no answer: " + e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
        } finally {
            pool.shutdown();
        }
        if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
            unreadable.add("read-back did not finish within 60 s");
        }
        return List.copyOf(unreadable);
    }

    /**
     * Signs in as a browser does: GET {@code /login} opens a session whose form carries its {@code atl_token}, the
     * POST sends it with that session's cookie, and the answer sets the signed-in session's new id.
     */
    private String signIn(String user) {
        try {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher token = TOKEN.matcher(page.body());
            if (!token.find()) {
                throw new IllegalStateException("The login page has no atl_token: " + page.statusCode());
            }
            String form = "os_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                    + "&os_password=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                    + "&atl_token=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
            HttpRequest.Builder post = HttpRequest.newBuilder(base.resolve("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded");
            page.headers().firstValue("Set-Cookie").ifPresent(c -> post.header("Cookie", c.split(";")[0]));
            HttpResponse<String> r = http.send(post.POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 302) {
                throw new IllegalStateException("Sign-in of " + user + " answered " + r.statusCode());
            }
            return r.headers().firstValue("Set-Cookie").map(c -> c.split(";")[0])
                    .orElseThrow(() -> new IllegalStateException("Sign-in of " + user + " made no session: " + r.statusCode()));
        } catch (IOException e) {
            throw new IllegalStateException("Sign-in of " + user + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String cookie, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Cookie", cookie).timeout(Duration.ofSeconds(30));
    }

    private static String describe(String what, HttpResponse<String> r) {
        String body = r.body() == null ? "" : r.body();
        return what + " answered " + r.statusCode() + ": " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }
}
