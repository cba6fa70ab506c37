package works.async.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Core is pure Java, so the same rules run in Jira, Confluence, the sandbox and tests. */
@AnalyzeClasses(packages = "works.async.core", importOptions = CorePurityTest.ProductionClassesOnly.class)
class CorePurityTest {

    @ArchTest
    static final ArchRule coreUsesNoHostOrFrameworkTypes = noClasses().that().resideInAPackage("works.async.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.atlassian..", "jakarta..", "javax.servlet..", "javax.ws..", "org.springframework..", "net.java.ao..")
            .because("DESIGN.md: core is plain Java with no Atlassian, jakarta, Spring or Active Objects types");

    @ArchTest
    static final ArchRule coreDoesNotReachIntoThePlugins = noClasses().that().resideInAPackage("works.async.core..")
            .should().dependOnClassesThat().resideInAnyPackage("works.async.plugin..", "works.async.jira..",
                    "works.async.confluence..", "works.async.sandbox..", "works.async.aohost..")
            .because("hosts implement core's ports, never the other way round");

    /** Main classes only, whatever the build directory is called (ArchUnit's own option expects "target/"). */
    static final class ProductionClassesOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/");
        }
    }
}
