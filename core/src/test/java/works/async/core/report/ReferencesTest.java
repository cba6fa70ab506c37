package works.async.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import works.async.core.DomainException;
import works.async.core.ErrorCode;

/**
 * The composite references stored in rows and outbox keys read back as what was written, keep the spelling rows
 * already hold, and refuse anything else with {@code invalid_reference} rather than an index error.
 */
class ReferencesTest {

    @Property
    void aQuestionReadsBackAsWritten(@ForAll("leadingIds") String reportId, @ForAll("parts") String feedbackId) {
        QuestionRef ref = new QuestionRef(reportId, feedbackId);
        assertThat(QuestionRef.parse(ref.asString())).isEqualTo(ref);
    }

    @Property
    void aReviewerReadsBackAsWritten(@ForAll("leadingIds") String reportId, @ForAll("parts") String userKey) {
        ReviewerRef ref = new ReviewerRef(reportId, userKey);
        assertThat(ReviewerRef.parse(ref.asString())).isEqualTo(ref);
    }

    @Property
    void anOccurrenceReadsBackAsWritten(@ForAll("parts") String seriesId, @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int index) {
        SeriesOccurrence ref = new SeriesOccurrence(seriesId, index);
        assertThat(SeriesOccurrence.parse(ref.asString())).isEqualTo(ref);
    }

    /** Whatever a row holds, reading it either gives back that exact text or is a clear refusal. */
    @Property
    void anyTextParsesToItselfOrIsRefused(@ForAll("slashy") String text) {
        assertRoundTripOrRefused(text, () -> QuestionRef.parse(text).asString());
        assertRoundTripOrRefused(text, () -> ReviewerRef.parse(text).asString());
        assertRoundTripOrRefused(text, () -> SeriesOccurrence.parse(text).asString());
    }

    @Test
    void theStoredSpellingIsUnchanged() {
        String report = "0b6c9a4e-3f7d-4a51-9d1e-2c8f5b7a9e10";
        assertThat(new ReviewerRef(report, "bob").asString()).isEqualTo(report + "/bob");
        assertThat(new QuestionRef(report, "q-1").asString()).isEqualTo(report + "/q-1");
        assertThat(new SeriesOccurrence(report, 0).asString()).isEqualTo(report + "/0");
        assertThat(new SeriesOccurrence(report, 12).asString()).isEqualTo(report + "/12");
    }

    @Test
    void onlyTheDocumentedPartMayContainASlash() {
        assertThat(ReviewerRef.parse("r1/dept/alice")).isEqualTo(new ReviewerRef("r1", "dept/alice"));
        assertThat(QuestionRef.parse("r1/f/2")).isEqualTo(new QuestionRef("r1", "f/2"));
        assertThat(SeriesOccurrence.parse("team/weekly/3")).isEqualTo(new SeriesOccurrence("team/weekly", 3));

        assertRefused(() -> new ReviewerRef("r/1", "alice"));
        assertRefused(() -> new QuestionRef("r/1", "f"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "/", "r1", "r1/", "/alice", " /alice", "r1/ "})
    void aReferenceWithoutTwoPartsIsRefused(String text) {
        assertRefused(() -> ReviewerRef.parse(text));
        assertRefused(() -> QuestionRef.parse(text));
        assertRefused(() -> SeriesOccurrence.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"s1/x", "s1/-1", "s1/01", "s1/+1", "s1/1.0", "s1/ 1", "s1/2147483648", "s1/99999999999999999999"})
    void anOccurrenceNeedsAWholeIndexSpelledAsWritten(String text) {
        assertRefused(() -> SeriesOccurrence.parse(text));
    }

    @Test
    void aNegativeIndexIsRefused() {
        assertRefused(() -> new SeriesOccurrence("s1", -1));
    }

    @Test
    void theRefusalSaysWhatWasExpected() {
        assertThatThrownBy(() -> ReviewerRef.parse("r1")).isInstanceOf(DomainException.class)
                .hasMessage("Not a report reviewer reference: expected two parts joined by '/', was 'r1'.");
    }

    @Provide
    Arbitrary<String> leadingIds() {
        return Arbitraries.strings().ofMinLength(1).ofMaxLength(40).filter(s -> !s.isBlank() && s.indexOf('/') < 0);
    }

    @Provide
    Arbitrary<String> parts() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMinLength(1).ofMaxLength(40),
                Arbitraries.strings().withChars("ab/ 0").ofMinLength(1).ofMaxLength(12)).filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<String> slashy() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30),
                Arbitraries.strings().withChars("a/ 0123-").ofMaxLength(12));
    }

    private static void assertRoundTripOrRefused(String text, java.util.function.Supplier<String> parsedBack) {
        try {
            assertThat(parsedBack.get()).isEqualTo(text);
        } catch (DomainException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REFERENCE);
        }
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REFERENCE));
    }
}
