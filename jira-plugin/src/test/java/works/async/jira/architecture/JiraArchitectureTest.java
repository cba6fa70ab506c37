package works.async.jira.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The Jira plugin depends on neither the sandbox nor the AO test host. */
@AnalyzeClasses(packages = "works.async.jira", importOptions = JiraArchitectureTest.ProductionClassesOnly.class)
class JiraArchitectureTest {

    @ArchTest
    static final ArchRule doesNotDependOnTheSandbox = noClasses().that().resideInAPackage("works.async.jira..")
            .should().dependOnClassesThat().resideInAnyPackage("works.async.sandbox..", "works.async.aohost..")
            .because("the sandbox emulates a host; Jira provides the real one");

    /** Main classes only, whatever the build directory is called (ArchUnit's own option expects "target/"). */
    static final class ProductionClassesOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/");
        }
    }
}
