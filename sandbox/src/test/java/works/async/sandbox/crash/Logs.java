package works.async.sandbox.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the sandbox processes of a test class write their output: kept under target/ for a failed run's reader. */
final class Logs {

    private Logs() {
    }

    static Path dir(Class<?> test) {
        Path dir = Path.of("target", "crash-logs", test.getSimpleName() + "-" + ProcessHandle.current().pid() + "-"
                + System.nanoTime());
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
