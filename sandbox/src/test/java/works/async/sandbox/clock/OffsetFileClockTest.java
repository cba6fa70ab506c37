package works.async.sandbox.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --clock-file: sandboxes sharing one file share one time, which whoever writes the file moves. */
class OffsetFileClockTest {

    private static final Clock BASE = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void runsAheadByTheFilesDurationAndFollowsItWhenItChanges(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("clock"), "P3D");
        OffsetFileClock clock = new OffsetFileClock(BASE, file, 0);

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-12-05T10:00:00Z"));
        Files.writeString(file, "P3DT2H30M");
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-12-05T12:30:00Z"));
        assertThat(clock.withZone(ZoneOffset.ofHours(1)).instant()).isEqualTo(Instant.parse("2026-12-05T12:30:00Z"));
    }

    @Test
    void aHalfWrittenOrMissingFileKeepsTheLastTimeInsteadOfJumpingBack(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("clock"), "PT1H");
        OffsetFileClock clock = new OffsetFileClock(BASE, file, 0);

        Files.writeString(file, "PT");
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-12-02T11:00:00Z"));
        Files.delete(file);
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-12-02T11:00:00Z"));
    }
}
