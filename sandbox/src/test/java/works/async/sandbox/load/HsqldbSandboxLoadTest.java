package works.async.sandbox.load;

import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import works.async.sandbox.RunningSandbox;

@DisplayName("Load on the default database (HSQLDB file): 30 signed-in clients, no 5xx, every 201 readable")
class HsqldbSandboxLoadTest {

    @TempDir
    Path data;

    @Test
    void concurrentReadsAndCreateBurstsAllSucceed() throws InterruptedException {
        try (RunningSandbox sandbox = LoadAssertions.start("--port", "0", "--data", data.toString())) {
            LoadAssertions.runAndCheck("HSQLDB", sandbox);
        }
    }
}
