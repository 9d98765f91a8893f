package dev.eksatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layer rules of docs/architecture.md true: foreign types stay inside their layer and
 * the analysis is pure.
 */
class ArchitectureTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.eksatlas");
    }

    @Test
    void awsSdkTypesOnlyInScanning() {
        noClasses().that().resideOutsideOfPackage("dev.eksatlas.scan..")
                .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..")
                .because("only the scanner talks to AWS; the simulator speaks the wire formats itself")
                .check(main);
    }

    @Test
    void sqlOnlyInTheInventory() {
        noClasses().that().resideOutsideOfPackage("dev.eksatlas.inventory..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..", "org.postgresql..")
                .because("the inventory is the only code that touches the database")
                .check(main);
    }

    @Test
    void javaFxOnlyInTheUserInterface() {
        noClasses().that().resideOutsideOfPackage("dev.eksatlas.ui..")
                .and().doNotHaveFullyQualifiedName(InventoryApp.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..")
                .because("scanning, inventory, analysis and export must run without a toolkit")
                .check(main);
    }

    @Test
    void analysisAndDomainArePure() {
        classes().that().resideInAnyPackage("dev.eksatlas.domain..", "dev.eksatlas.analysis..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.eksatlas.domain..", "dev.eksatlas.analysis..",
                        "java..", "com.fasterxml.jackson..")
                .because("analysis is pure functions from inventory records to rows and findings")
                .check(main);
    }

    @Test
    void lowerLayersDoNotReachUp() {
        noClasses().that().resideInAnyPackage("dev.eksatlas.scan..", "dev.eksatlas.inventory..", "dev.eksatlas.export..",
                        "dev.eksatlas.simulator..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.eksatlas.ui..", "dev.eksatlas.cli..")
                .check(main);
    }
}
