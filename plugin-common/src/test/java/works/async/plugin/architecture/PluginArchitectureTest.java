package works.async.plugin.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * What the shipped plugin code may depend on: never the sandbox or the AO test host (they are
 * hosts, not libraries), and never one product's classes from the shared module.
 */
@AnalyzeClasses(packages = {"works.async.plugin", "works.async.jira", "works.async.confluence"},
        importOptions = PluginArchitectureTest.ProductionClassesOnly.class)
class PluginArchitectureTest {

    @ArchTest
    static final ArchRule pluginsDoNotDependOnTheSandbox = noClasses()
            .that().resideInAnyPackage("works.async.plugin..", "works.async.jira..", "works.async.confluence..")
            .should().dependOnClassesThat().resideInAnyPackage("works.async.sandbox..", "works.async.aohost..")
            .because("the sandbox emulates a host; Jira and Confluence provide the real one");

    @ArchTest
    static final ArchRule sharedCodeStaysProductNeutral = noClasses().that().resideInAPackage("works.async.plugin..")
            .should().dependOnClassesThat().resideInAnyPackage("works.async.jira..", "works.async.confluence..")
            .because("both plugins embed plugin-common unchanged");

    @ArchTest
    static final ArchRule springStaysInTheConfigClasses = noClasses().that().resideInAPackage("works.async.plugin..")
            .and().resideOutsideOfPackage("works.async.plugin.spring..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..")
            .because("the application classes are built by plain constructor calls in the spring config classes");

    /** Main classes only, whatever the build directory is called (ArchUnit's own option expects "target/"). */
    static final class ProductionClassesOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/");
        }
    }
}
