package org.cpatlas.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The store is the only place with SQL; the domain and the store know nothing of JavaFX. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cpatlas");

    @Test
    void onlyTheStoreUsesJdbcSqliteOrFlyway() {
        noClasses().that().resideOutsideOfPackage("org.cpatlas.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..",
                        "org.flywaydb..")
                .check(classes);
    }

    @Test
    void domainAndStoreDoNotDependOnJavaFx() {
        noClasses().that().resideInAnyPackage("org.cpatlas.domain..", "org.cpatlas.store..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void domainDependsOnNothingElseOfTheAtlas() {
        noClasses().that().resideInAPackage("org.cpatlas.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cpatlas.store..", "org.cpatlas.cli..",
                        "org.cpatlas.app..")
                .check(classes);
    }
}
