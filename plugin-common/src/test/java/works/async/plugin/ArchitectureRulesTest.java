package works.async.plugin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slices;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.RawEntity;

/**
 * How plugin-common's production classes may depend on each other and on the outside: layers without cycles,
 * the screens and the REST API away from the tables, and nothing product-specific in the code both plugins embed.
 */
@AnalyzeClasses(packages = "works.async.plugin",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureRulesTest.NotInTestClasses.class})
class ArchitectureRulesTest {

    private static final String SLICES = "works.async.plugin.(*)..";

    @ArchTest
    static final ArchRule slicesAreFreeOfCycles = slices().matching(SLICES).should().beFreeOfCycles()
            .allowEmptyShould(false)
            .because("each layer of the shared code must be understandable and replaceable without the ones above it");

    @ArchTest
    static final ArchRule restAndWebDoNotUseTheTables = noClasses()
            .that().resideInAnyPackage("works.async.plugin.rest..", "works.async.plugin.issuerest..",
                    "works.async.plugin.pagerest..", "works.async.plugin.web..")
            .should().dependOnClassesThat().resideInAPackage("works.async.plugin.ao..")
            .allowEmptyShould(false)
            .because("the REST API and the screens read what the application layer returns, not Active Objects rows");

    @ArchTest
    static final ArchRule entitiesAreUsedOnlyByThePersistenceLayer = classes()
            .that().areAssignableTo(RawEntity.class)
            .should().onlyHaveDependentClassesThat().resideInAPackage("works.async.plugin.ao..")
            .allowEmptyShould(false)
            .because("Active Objects entities are live database rows; only the persistence layer may hold one");

    @ArchTest
    static final ArchRule sharedCodeUsesNoProductModuleAndNoReflection = noClasses()
            .that().resideInAPackage("works.async.plugin..")
            .should().dependOnClassesThat().resideInAnyPackage("works.async.jira..", "works.async.confluence..",
                    "com.atlassian.jira..", "com.atlassian.confluence..", "java.lang.reflect..")
            .allowEmptyShould(false)
            .because("both plugins embed plugin-common unchanged: product types belong in jira-plugin or"
                    + " confluence-plugin, and reflection would hide such a dependency from the compiler");

    @ArchTest
    static final ArchRule springStaysInTheConfigClasses = noClasses().that().resideInAPackage("works.async.plugin..")
            .and().resideOutsideOfPackage("works.async.plugin.spring..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..")
            .allowEmptyShould(false)
            .because("the application classes are built by plain constructor calls in the spring config classes,"
                    + " so they carry no container annotations (DESIGN.md, Seams)");

    /** The cycle rule is only worth something if it sees the layers; a typo in the pattern would make it pass. */
    @ArchTest
    static void theCycleRuleSeesSeveralSlices(JavaClasses classes) {
        Set<String> names = Slices.matching(SLICES).transform(classes).stream()
                .map(slice -> slice.getNamePart(1)).collect(Collectors.toSet());
        assertThat(names).hasSizeGreaterThanOrEqualTo(4);
    }

    /** Likewise the entity rule: it must find the entities it protects. */
    @ArchTest
    static void theEntityRuleFindsTheEntities(JavaClasses classes) {
        assertThat(classes.stream().filter(c -> c.isAssignableTo(RawEntity.class)).map(JavaClass::getName))
                .hasSizeGreaterThanOrEqualTo(3);
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
