package works.async.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Command line: problems are one line on stderr and exit code 2")
class SandboxCliTest {

    @TempDir
    Path data;

    record Outcome(int code, String out, String err) {
    }

    static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SandboxMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownFlagIsOneLineAndExitCode2() {
        Outcome o = run("--frobnicate");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err().strip()).doesNotContain("\n").contains("--frobnicate");
        assertThat(o.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aBadPortIsOneLine() {
        Outcome o = run("--port", "http");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err().strip()).doesNotContain("\n");
    }

    @Test
    void aPortInUseIsOneLineAndExitCode2() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Outcome o = run("--port", Integer.toString(busy.getLocalPort()), "--data", data.toString());
            assertThat(o.code()).isEqualTo(2);
            assertThat(o.err().strip()).doesNotContain("\n").contains(Integer.toString(busy.getLocalPort()));
            assertThat(o.err()).doesNotContain("\tat ");
        }
    }

    @Test
    void anUnreachableDatabaseIsOneLineAndExitCode2() {
        Outcome o = run("--port", "0", "--db", "jdbc:postgresql://127.0.0.1:1/nothing", "--db-user", "x");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err().strip()).doesNotContain("\n").contains("jdbc:postgresql://127.0.0.1:1/nothing");
    }

    @Test
    void aBadEscalationIntervalIsOneLineNamingTheOption() {
        Outcome o = run("--escalation-interval", "2s");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err().strip()).doesNotContain("\n").contains("--escalation-interval").contains("2s");
        assertThat(run("--escalation-interval", "PT0.01S").err()).contains("PT0.1S");
    }

    @Test
    void helpPrintsTheOptions() {
        Outcome o = run("--help");
        assertThat(o.code()).isZero();
        assertThat(o.out()).contains("--port").contains("--data").contains("--db").contains("--no-demo")
                .contains("--fail-mail-to").contains("--escalation-interval").contains("--clock-file");
    }

    @Test
    void failingMailToAUserWhoDoesNotExistIsOneLineAndExitCode2() {
        Outcome o = run("--port", "0", "--data", data.resolve("fail-mail").toString(), "--fail-mail-to", "bob,bobb");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err().strip()).doesNotContain("\n").contains("--fail-mail-to").contains("bobb");
    }
}
