package works.async.sandbox.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import works.async.sandbox.RunningSandbox;
import works.async.sandbox.SandboxMain;

/**
 * One browser test class's session: a sandbox started in-process on a fresh database with its clock fixed at
 * {@code now} (so dates a test enters are counted from it, never from the wall clock), headless chromium on it, and a
 * screenshot named after each failed test. Register it as a static {@code @RegisterExtension} field.
 */
final class BrowserSession implements BeforeAllCallback, AfterAllCallback, TestWatcher {

    private final Clock clock;
    private final List<String> options;
    private RunningSandbox sandbox;
    private Chromium chromium;
    private final SandboxBrowser browser = new SandboxBrowser(() -> chromium, () -> sandbox);

    /** A sandbox at {@code now} with the given extra command-line options (e.g. {@code --fail-mail-to bob}). */
    BrowserSession(Instant now, String... options) {
        this(Clock.fixed(now, ZoneOffset.UTC), options);
    }

    /** A sandbox on a clock the test moves itself (e.g. core's MutableClock), never the wall clock. */
    BrowserSession(Clock clock, String... options) {
        this.clock = clock;
        this.options = List.of(options);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Chromium.requireInstalled();
        List<String> args = new ArrayList<>(List.of("--port", "0", "--data", dataDirectory(context).toString()));
        args.addAll(options);
        sandbox = SandboxMain.start(clock, args.toArray(String[]::new));
        chromium = Chromium.start();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (chromium != null) {
            browser.screenshot("failed-" + context.getRequiredTestMethod().getName());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    /** The session's browser, usable once the session has started (from the test class's first test on). */
    SandboxBrowser browser() {
        return browser;
    }

    RunningSandbox sandbox() {
        return sandbox;
    }

    private static Path dataDirectory(ExtensionContext context) {
        try {
            return Files.createTempDirectory("async-work-" + context.getRequiredTestClass().getSimpleName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
