package works.async.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The shared text rules every validator uses: what counts as empty, and what a name or free text may contain. */
class BoundsTest {

    @Test
    void textOfOnlyInvisibleCharactersIsBlank() {
        assertThat(Bounds.isBlank(null)).isTrue();
        assertThat(Bounds.isBlank("")).isTrue();
        assertThat(Bounds.isBlank("\u200B")).as("zero-width space").isTrue();
        assertThat(Bounds.isBlank("\uFEFF \u00A0\u3000\u2007\u200E\u2060")).as("BOM, no-break and ideographic spaces, marks")
                .isTrue();
        assertThat(Bounds.isBlank("\u3164")).as("Hangul filler").isTrue();
        assertThat(Bounds.isBlank(" \t\n")).isTrue();

        assertThat(Bounds.isBlank("\u200Ba")).isFalse();
        assertThat(Bounds.isBlank("\uD83D\uDC4D")).as("an emoji").isFalse();
        assertThat(Bounds.isBlank("\uD83D\uDC69\u200D\uD83D\uDCBB")).as("a joined emoji").isFalse();
    }

    @Test
    void aNameOfOnlyAZeroWidthSpaceIsRequiredNotAccepted() {
        assertThat(Bounds.nameProblem("\u200B", Bounds.MAX_NAME)).isEqualTo(ErrorCode.REQUIRED);
        assertThat(Bounds.nameProblem("Weekly sync", Bounds.MAX_NAME)).isNull();
    }

    @Test
    void namesRefuseLineBreaksTabsNulAndHalfCharacters() {
        for (String bad : new String[] {"a\nb", "a\tb", "a\u0000b", "a\uD800b", "a\uDC00", "a\u2028b", "a\u0085b"}) {
            assertThat(Bounds.nameProblem(bad, Bounds.MAX_NAME)).as(bad).isEqualTo(ErrorCode.CONTROL_CHARACTER);
        }
        assertThat(Bounds.nameProblem("x".repeat(256), Bounds.MAX_NAME)).isEqualTo(ErrorCode.TOO_LONG);
        assertThat(Bounds.nameProblem("Zoë \uD83D\uDC4D", Bounds.MAX_NAME)).isNull();
    }

    @Test
    void proseKeepsLineBreaksAndTabsButRefusesNulAndHalfCharacters() {
        assertThat(Bounds.proseProblem("line one\r\n\tline two", 100)).isNull();
        assertThat(Bounds.proseProblem("a\u0000b", 100)).isEqualTo(ErrorCode.CONTROL_CHARACTER);
        assertThat(Bounds.proseProblem("a\uDBFF", 100)).isEqualTo(ErrorCode.CONTROL_CHARACTER);
        assertThatThrownBy(() -> Bounds.requireProse("\u0007", 100, "question"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONTROL_CHARACTER);
                    assertThat(e.field()).isEqualTo("question");
                });
    }

    @Test
    void datesOutsideTheSupportedYearsAreOutOfRange() {
        assertThat(Bounds.inRange(java.time.LocalDate.of(2199, 12, 31))).isTrue();
        assertThat(Bounds.inRange(java.time.LocalDate.MAX)).isFalse();
        assertThat(Bounds.inRange(java.time.Instant.parse("+999999999-12-31T00:00:00Z"))).isFalse();
        assertThat(Bounds.inRange(java.time.Instant.parse("1999-12-31T23:59:59Z"))).isFalse();
    }
}
