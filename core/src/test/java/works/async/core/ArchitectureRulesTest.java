package works.async.core;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slices;
import java.util.Set;
import java.util.stream.Collectors;

/** The domain's packages depend on each other without cycles (classes directly in works.async.core are shared by all). */
@AnalyzeClasses(packages = "works.async.core",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureRulesTest.NotInTestClasses.class})
class ArchitectureRulesTest {

    private static final String SLICES = "works.async.core.(*)..";

    @ArchTest
    static final ArchRule slicesAreFreeOfCycles = slices().matching(SLICES).should().beFreeOfCycles()
            .allowEmptyShould(false)
            .because("each part of the domain must be understandable and testable without the ones that use it");

    /** The cycle rule is only worth something if it sees the packages; a typo in the pattern would make it pass. */
    @ArchTest
    static void theCycleRuleSeesSeveralSlices(JavaClasses classes) {
        Set<String> names = Slices.matching(SLICES).transform(classes).stream()
                .map(slice -> slice.getNamePart(1)).collect(Collectors.toSet());
        assertThat(names).hasSizeGreaterThanOrEqualTo(5);
    }

    /**
     * Main classes only even when the build directory is not called {@code target} ({@code -Dasync.build.dir}),
     * which {@link ImportOption.DoNotIncludeTests} does not recognise.
     */
    static final class NotInTestClasses implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/");
        }
    }
}
