package works.async.bench.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import works.async.bench.ao.BenchDatabase;

/**
 * What the app costs the issue view and the page view, as the Data Center app performance toolkit judges it: the
 * 90th percentile of viewing {@code /browse/DEMO-1} (the Async Work panel) and the demo's "Weekly update" page (the
 * report macro and the banner of a reviewer who owes feedback), each with the app's fragments and without them.
 *
 * <p>Two sandboxes run from the jar on one PostgreSQL database seeded with 1,000,000 reply requests besides the
 * demo's (as of now, so the escalation job finds nothing due): one as users see it, one with {@code --no-plugin-ui}
 * (the same host pages without the app's fragments). Each measurement is 20 signed-in users, each in a session of
 * its own and in a closed loop, for 60 s after a 10 s warm-up, the two sandboxes taking turns; it prints p50, p90 and
 * p99 of each and the p90 ratio, and each sandbox process's CPU time per view and their ratio (the figure that stays
 * put when other work shares the machine). Any answer other than 200 fails the run. Settings: {@code bench.sandbox.jar}
 * ({@code sandbox/target/async-work-sandbox.jar}), {@code bench.load.db} ({@code aw_pageview}), {@code bench.load.rows}
 * (1,000,000), {@code bench.load.users} (20), {@code bench.load.seconds} (60), {@code bench.load.warmup} (10).
 */
public final class PageViewLoadRunner {

    private static final String SERVER = System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getProperty("bench.pg.user", "postgres");
    /** The demo users; each virtual user signs in as one of them, in a session of its own. */
    private static final List<String> DEMO_USERS = List.of("alice", "bob", "carol", "dinesh", "emma");

    private PageViewLoadRunner() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("bench.sandbox.jar", "sandbox/target/async-work-sandbox.jar"));
        String db = System.getProperty("bench.load.db", "aw_pageview");
        long rows = Long.getLong("bench.load.rows", 1_000_000L);
        int users = Integer.getInteger("bench.load.users", 20);
        Duration measure = Duration.ofSeconds(Long.getLong("bench.load.seconds", 60L));
        Duration warmup = Duration.ofSeconds(Long.getLong("bench.load.warmup", 10L));
        Path log = Files.createTempFile("pageview-sandbox-", ".log");
        System.out.println("Sandbox output: " + log);

        createDatabase(db);
        String url = SERVER + db;
        // The first start alone creates the schema and the demo data; the second then finds them.
        try (SandboxProcess full = SandboxProcess.start(jar, url, log)) {
            seedOnce(url, rows);
            try (SandboxProcess bare = SandboxProcess.start(jar, url, log, "--no-plugin-ui")) {
                String page = weeklyUpdate(full);
                compare("issue view /browse/DEMO-1", full, bare, "/browse/DEMO-1", DEMO_USERS, users, warmup, measure);
                // Carol reviews the weekly update, so her banner says it waits for her feedback.
                compare("page view " + page + " (report macro and banner)", full, bare, page, List.of("carol"), users,
                        warmup, measure);
            }
        }
    }

    private static void compare(String what, SandboxProcess full, SandboxProcess bare, String path, List<String> as,
                                int users, Duration warmup, Duration measure) throws Exception {
        load(bare, path, as, users, warmup);
        load(full, path, as, users, warmup);
        Duration bareBefore = bare.cpu();
        long[] without = load(bare, path, as, users, measure);
        double bareCpu = perView(bare.cpu().minus(bareBefore), without.length);
        Duration fullBefore = full.cpu();
        long[] with = load(full, path, as, users, measure);
        double fullCpu = perView(full.cpu().minus(fullBefore), with.length);
        System.out.printf("%s, %d users, %d s each: without the app p50 %.1f ms, p90 %.1f ms, p99 %.1f ms (%,d views, "
                        + "%.2f ms CPU per view); with it p50 %.1f ms, p90 %.1f ms, p99 %.1f ms (%,d views, %.2f ms CPU "
                        + "per view); p90 ratio %.2f, CPU per view ratio %.2f%n",
                what, users, measure.toSeconds(), ms(without, 50), ms(without, 90), ms(without, 99), without.length,
                bareCpu, ms(with, 50), ms(with, 90), ms(with, 99), with.length, fullCpu, ms(with, 90) / ms(without, 90),
                fullCpu / bareCpu);
    }

    /** Every view's latency in nanoseconds, sorted: {@code users} closed loops for {@code length}. */
    private static long[] load(SandboxProcess sandbox, String path, List<String> as, int users, Duration length)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(users);
        try {
            List<Future<long[]>> loops = new ArrayList<>();
            List<String> cookies = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                cookies.add(signIn(sandbox, as.get(i % as.size())));
            }
            long end = System.nanoTime() + length.toNanos();
            for (String cookie : cookies) {
                loops.add(pool.submit(() -> loop(sandbox, path, cookie, end)));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> loop : loops) {
                all.add(loop.get());
            }
            long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            if (merged.length == 0) {
                throw new IllegalStateException("no view completed");
            }
            return merged;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long[] loop(SandboxProcess sandbox, String path, String cookie, long end) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest view = HttpRequest.newBuilder(URI.create(sandbox.base + path)).header("Cookie", cookie).GET().build();
        long[] latencies = new long[1024];
        int n = 0;
        while (System.nanoTime() < end) {
            long started = System.nanoTime();
            HttpResponse<byte[]> r = client.send(view, HttpResponse.BodyHandlers.ofByteArray());
            long took = System.nanoTime() - started;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + r.statusCode());
            }
            if (n == latencies.length) {
                latencies = Arrays.copyOf(latencies, n * 2);
            }
            latencies[n++] = took;
        }
        return Arrays.copyOf(latencies, n);
    }

    /**
     * Signs in as a browser does: GET /login starts a session whose form carries its atl_token; the form is posted
     * with that session's cookie and token; the 302 sets the signed-in session's new cookie.
     */
    private static String signIn(SandboxProcess sandbox, String user) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(sandbox.base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"atl_token\" value=\"([0-9a-f]+)\"").matcher(page.body());
        String session = page.headers().firstValue("Set-Cookie").orElse("").split(";")[0];
        if (!token.find() || session.isEmpty()) {
            throw new IllegalStateException("the login page gave no session or token (" + page.statusCode() + ")");
        }
        String form = "os_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&os_password="
                + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&atl_token=" + token.group(1);
        HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(sandbox.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != 302) {
            throw new IllegalStateException(user + " could not sign in (" + r.statusCode() + ")");
        }
        return r.headers().firstValue("Set-Cookie").orElseThrow(() -> new IllegalStateException(user + " could not sign in"))
                .split(";")[0];
    }

    private static String weeklyUpdate(SandboxProcess sandbox) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String space = client.send(HttpRequest.newBuilder(URI.create(sandbox.base + "/spaces/TEAM"))
                .header("Cookie", signIn(sandbox, "carol")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher link = Pattern.compile("href=\"(/spaces/TEAM/pages/\\d+)\">Weekly update").matcher(space);
        if (!link.find()) {
            throw new IllegalStateException("the demo's weekly update page is not in space TEAM");
        }
        return link.group(1);
    }

    /** The sandbox's CPU time per view, in milliseconds (its escalation job finds nothing due, so views are all). */
    private static double perView(Duration cpu, int views) {
        return cpu.toNanos() / 1e6 / views;
    }

    private static double ms(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static void createDatabase(String name) throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + name);
            }
        }
    }

    /** Seeds the requests once per database; a later run reuses them (the demo data stays as the sandbox made it). */
    private static void seedOnce(String url, long rows) throws Exception {
        try (Connection c = DriverManager.getConnection(url, USER, "")) {
            long existing;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM "
                    + BenchDatabase.table("REPLY_REQUEST") + " WHERE \"ID\" LIKE 'r%'")) {
                rs.next();
                existing = rs.getLong(1);
            }
            if (existing == 0) {
                BenchDatabase.seed(c, rows, rows / 2, Instant.now());
            }
        }
    }
}
