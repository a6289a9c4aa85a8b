package io.omharness.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package boundaries of the harness, checked on the compiled main classes (tests may cross them). */
class ArchitectureTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.omharness");
    }

    @Test
    void theTwinImportsNothingOfTheHarness() {
        noClasses().that().resideInAPackage("io.omharness.twin..")
                .should().dependOnClassesThat().resideInAnyPackage(harnessPackagesExcept("twin"))
                .check(main);
    }

    @Test
    void onlyTheLifecycleAndTheCliImportTheTwin() {
        noClasses().that().resideOutsideOfPackages("io.omharness.twin..", "io.omharness.lifecycle..", "io.omharness.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.omharness.twin..")
                .check(main);
    }

    @Test
    void pageObjectsAndApiClientsImportNeitherTheLifecycleNorTheTwin() {
        noClasses().that().resideInAnyPackage("io.omharness.genesys..", "io.omharness.salesforce..", "io.omharness.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("io.omharness.lifecycle..", "io.omharness.twin..",
                        "io.omharness.steps..", "io.omharness.cli..", "io.omharness.control..")
                .check(main);
    }

    @Test
    void configImportsNothingOfTheHarness() {
        noClasses().that().resideInAPackage("io.omharness.config..")
                .should().dependOnClassesThat().resideInAnyPackage(harnessPackagesExcept("config"))
                .check(main);
    }

    @Test
    void theControlClientTalksToTheTwinOnlyOverHttp() {
        noClasses().that().resideInAPackage("io.omharness.control..")
                .should().dependOnClassesThat().resideInAnyPackage("io.omharness.twin..", "io.omharness.lifecycle..")
                .check(main);
    }

    @Test
    void reportsDoNotReachIntoTheRunOrTheSteps() {
        noClasses().that().resideInAPackage("io.omharness.report..")
                .should().dependOnClassesThat().resideInAnyPackage("io.omharness.lifecycle..", "io.omharness.steps..",
                        "io.omharness.cli..", "io.omharness.twin..")
                .check(main);
    }

    @Test
    void noPackageCycles() {
        slices().matching("io.omharness.(*)..").should().beFreeOfCycles().check(main);
    }

    /** Every package on its own, sub-packages too: a parent and its sub-package may not need each other. */
    @Test
    void noCyclesBetweenAnyTwoPackages() {
        slices().matching("io.omharness.(**)").should().beFreeOfCycles().check(main);
    }

    @Test
    void publicFactsImportNothingOfTheHarness() {
        noClasses().that().resideInAPackage("io.omharness.facts..")
                .should().dependOnClassesThat().resideInAnyPackage(harnessPackagesExcept("facts"))
                .check(main);
    }

    /** The harness's top-level packages but {@code own} and facts (public facts about the products: anyone may use them). */
    private static String[] harnessPackagesExcept(String own) {
        return main.stream().map(c -> c.getPackageName())
                .filter(p -> p.startsWith("io.omharness.")).map(p -> p.split("\\.")[2]).distinct()
                .filter(p -> !p.equals(own) && !p.equals("facts")).map(p -> "io.omharness." + p + "..").toArray(String[]::new);
    }
}
