package org.probity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the directions of the code: domain code free of JavaFX and jOOQ, screens away from
 * persistence, generated tables only behind repositories, and console output only in the CLI.
 */
@AnalyzeClasses(packages = "org.probity", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURE_DOMAINS = {
        "org.probity.people", "org.probity.calendar", "org.probity.audit", "org.probity.transfer",
        "org.probity.demo", "org.probity.common", "org.probity.attachments", "org.probity.relationships",
        "org.probity.groupmeetings", "org.probity.enquiries"};

    /** The one place allowed to know every layer, because it puts them together. */
    private static final String COMPOSITION_ROOT = "org.probity.app.AppContext";

    @ArchTest
    static final ArchRule domainIsFreeOfJavaFxAndJooq = noClasses()
            .that().resideInAnyPackage(FEATURE_DOMAINS)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "org.probity.storage.schema..")
            .because("the domain is plain Java that the UI, the command line and the tests all share");

    @ArchTest
    static final ArchRule screensNeverTouchPersistence = noClasses()
            .that().resideInAnyPackage("..ui..", "org.probity.app..")
            .and().doNotHaveFullyQualifiedName(COMPOSITION_ROOT)
            .should().dependOnClassesThat()
            .resideInAnyPackage("..persistence..", "org.jooq..", "org.probity.storage.schema..")
            .because("screens go through view models and services, never straight to the database");

    @ArchTest
    static final ArchRule generatedTablesOnlyBehindRepositories = noClasses()
            .that().resideOutsideOfPackages("..persistence..", "org.probity.storage..")
            .should().dependOnClassesThat().resideInAPackage("org.probity.storage.schema..")
            .because("only repositories know the tables");

    @ArchTest
    static final ArchRule domainDoesNotReachIntoScreens = noClasses()
            .that().resideInAnyPackage(FEATURE_DOMAINS)
            .should().dependOnClassesThat().resideInAnyPackage("..ui..", "org.probity.app..", "org.probity.cli..")
            .because("domain services are called by screens and commands, not the other way round");

    @ArchTest
    static final ArchRule viewsDoNotCallServices = noClasses()
            .that().haveSimpleNameEndingWith("View")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Service")
            .because("only view models call services")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule consoleOutputOnlyInTheCommandLine = noClasses()
            .that().resideOutsideOfPackage("org.probity.cli..")
            .should(com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("the window and the services report through their own messages and the log");
}
