package works.async.sandbox.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian chromium driven headless by Selenium, as .ci/run installs it. Without /usr/bin/chromium the browser tests
 * are skipped with a message, except under {@code CI=true}, where a missing browser is a failure.
 */
final class Chromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final Path profile;

    private Chromium(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips (or, under CI, fails) the calling test when chromium or its driver is not installed. */
    static void requireInstalled() {
        boolean present = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("Browser tests need " + BINARY + " and " + DRIVER + " under CI (.ci/run installs chromium and chromium-driver).");
        }
        if (!present) {
            System.err.println("SKIPPED browser tests: " + BINARY + " or " + DRIVER
                    + " is missing (apt-get install -y chromium chromium-driver).");
        }
        assumeTrue(present, "chromium and chromium-driver are not installed");
    }

    static Chromium start() {
        requireInstalled();
        try {
            Path profile = Files.createTempDirectory("async-work-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BINARY.toFile());
            // The browser's console log (level SEVERE = a JavaScript error or a failed load), read by consoleErrors().
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                    "--window-size=1280,1000", "--lang=en-GB", "--user-data-dir=" + profile);
            // The page's console, for tests that check a screen logs no script error (driver().manage().logs()).
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ZERO);
            return new Chromium(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    /**
     * The script errors the console logged since the last call (uncaught exceptions, console.error), leaving out
     * the console's notes on HTTP answers a test provokes on purpose (a 400 refusal, a 403 page). Shares the log
     * with {@link #consoleErrors}: whichever is called takes the entries.
     */
    List<String> scriptErrors() {
        return consoleErrors().stream().filter(m -> !m.contains("Failed to load resource")).toList();
    }

    /**
     * The console entries of level SEVERE (uncaught JavaScript errors, console.error, failed loads) logged since the
     * last call: chromium hands each entry out once.
     */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Saves a full-window screenshot as {@code <build dir>/screenshots/<name>.png} and returns its path. */
    Path screenshot(String name) {
        try {
            Path dir = buildDirectory().resolve("screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The module's build directory (target/, or whatever -Dasync.build.dir names): the parent of the directory the
     * test classes were compiled to, so screenshots land next to the other build output.
     */
    static Path buildDirectory() {
        String configured = System.getProperty("project.build.directory");
        if (configured != null) {
            return Path.of(configured);
        }
        try {
            return Path.of(Chromium.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A left-over temporary profile is harmless.
        }
    }
}
