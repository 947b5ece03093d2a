package org.cpatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.cpatlas.store.AtlasRepository;
import org.cpatlas.store.AtlasStore;
import org.cpatlas.store.AtlasStoreException;
import org.cpatlas.store.DatasetRepository;
import org.cpatlas.store.IndicatorCatalog;
import org.cpatlas.store.MembershipRepository;
import org.junit.jupiter.api.Test;

/**
 * The package layout is the architecture: the core works without a window, the views hold no logic of the core. Views
 * reach the store through its repositories (figures, imported datasets, county lists), the indicator catalogue over both, and its
 * one exception type.
 */
class LayeringTest {

    private static final String[] CORE = {"org.cpatlas.geo..", "org.cpatlas.store..", "org.cpatlas.domain..",
        "org.cpatlas.render..", "org.cpatlas.print..", "org.cpatlas.imports..", "org.cpatlas.tables..",
        "org.cpatlas.core.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cpatlas");

    @Test
    void theCoreNeverDependsOnJavaFx() {
        noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void theCoreNeverDependsOnTheFrontEnds() {
        noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat()
                .resideInAnyPackage("org.cpatlas.ui..", "org.cpatlas.map..", "org.cpatlas.cli..", "org.cpatlas.app..")
                .check(classes);
    }

    @Test
    void theWindowsPartsNeverImportThePackageThatComposesThem() {
        noClasses().that().resideInAPackage("org.cpatlas.ui.*..").should().dependOnClassesThat()
                .resideInAPackage("org.cpatlas.ui")
                .check(classes);
    }

    @Test
    void theWindowsKitImportsNoOtherPartOfTheWindow() {
        noClasses().that().resideInAPackage("org.cpatlas.ui.kit..").should().dependOnClassesThat()
                .resideInAnyPackage("org.cpatlas.ui", "org.cpatlas.ui.help..", "org.cpatlas.ui.imports..",
                        "org.cpatlas.ui.indicator..", "org.cpatlas.ui.map..", "org.cpatlas.ui.membership..",
                        "org.cpatlas.ui.output..", "org.cpatlas.ui.panel..", "org.cpatlas.ui.print..",
                        "org.cpatlas.ui.settings..", "org.cpatlas.ui.table..", "org.cpatlas.ui.tablefile..",
                        "org.cpatlas.ui.viewmodel..", "org.cpatlas.map..", "org.cpatlas.cli..", "org.cpatlas.app..")
                .check(classes);
    }

    @Test
    void nothingButTheApplicationItselfDependsOnTheApplicationPackage() {
        noClasses().that().resideOutsideOfPackage("org.cpatlas.app..").should().dependOnClassesThat()
                .resideInAPackage("org.cpatlas.app..")
                .check(classes);
    }

    @Test
    void readingUsersTablesNeedsNeitherTheStoreNorDrawing() {
        noClasses().that().resideInAPackage("org.cpatlas.imports..").should().dependOnClassesThat()
                .resideInAnyPackage("org.cpatlas.store..", "org.cpatlas.render..", "org.cpatlas.print..", "java.sql..")
                .check(classes);
    }

    @Test
    void theTablesAreBelowPrintAndTheStore() {
        noClasses().that().resideInAPackage("org.cpatlas.tables..").should().dependOnClassesThat()
                .resideInAnyPackage("org.cpatlas.print..", "org.cpatlas.store..")
                .check(classes);
    }

    @Test
    void theWindowsTablesWriteNoFilesOfTheirOwnAndKnowNoLauncher() {
        noClasses().that().resideInAPackage("org.cpatlas.ui.table..").should().dependOnClassesThat()
                .resideInAnyPackage("org.cpatlas.app..", "org.cpatlas.cli..", "org.apache.commons.csv..",
                        "org.dhatim..")
                .check(classes);
    }

    @Test
    void theCommandLineNeedsNoJavaFx() {
        noClasses().that().resideInAPackage("org.cpatlas.cli..").should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.cpatlas.ui..", "org.cpatlas.map..")
                .check(classes);
    }

    @Test
    void viewsReachTheStoreOnlyThroughTheRepository() {
        DescribedPredicate<JavaClass> storeInternals = JavaClass.Predicates.resideInAPackage("org.cpatlas.store..")
                .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(AtlasRepository.class, AtlasStore.class,
                        DatasetRepository.class, IndicatorCatalog.class, AtlasStoreException.class,
                        MembershipRepository.class)));
        noClasses().that().resideInAPackage("org.cpatlas.ui..").should().dependOnClassesThat(storeInternals)
                .check(classes);
    }

    @Test
    void theSettingsStoreNeedsNoJavaFxAndNothingElseOfTheAtlas() {
        noClasses().that().resideInAPackage("org.cpatlas.settings..").should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.cpatlas.geo..", "org.cpatlas.store..", "org.cpatlas.domain..",
                        "org.cpatlas.render..", "org.cpatlas.print..", "org.cpatlas.map..", "org.cpatlas.ui..",
                        "org.cpatlas.cli..", "org.cpatlas.app..", "org.cpatlas.files..")
                .check(classes);
    }

    @Test
    void helpAndTheRememberedWindowReachNeitherTheApplicationNorTheStore() {
        noClasses().that().resideInAnyPackage("org.cpatlas.ui.help..", "org.cpatlas.ui.settings..").should()
                .dependOnClassesThat().resideInAnyPackage("org.cpatlas.app..", "org.cpatlas.store..")
                .check(classes);
    }

    @Test
    void theTableFileDialogsPartsKnowNeitherTheirUsersNorTheApplication() {
        noClasses().that().resideInAPackage("org.cpatlas.ui.tablefile..").should().dependOnClassesThat()
                .resideInAnyPackage("org.cpatlas.ui.imports..", "org.cpatlas.ui.membership..", "org.cpatlas.app..",
                        "org.cpatlas.cli..")
                .check(classes);
    }
}
