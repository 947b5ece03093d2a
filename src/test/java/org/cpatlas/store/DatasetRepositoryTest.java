package org.cpatlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.cpatlas.domain.Dataset;
import org.cpatlas.domain.Flag;
import org.cpatlas.domain.IndicatorData;
import org.cpatlas.domain.IndicatorFigure;
import org.cpatlas.domain.Level;
import org.cpatlas.domain.UnitFigure;
import org.cpatlas.imports.Gazetteer;
import org.cpatlas.imports.ImportCancelledException;
import org.cpatlas.imports.ImportException;
import org.cpatlas.imports.ImportFixtures;
import org.cpatlas.imports.ImportPlan;
import org.cpatlas.imports.ImportSettings;
import org.cpatlas.imports.ReadOptions;
import org.cpatlas.imports.TablePlanner;
import org.cpatlas.imports.TableReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imported tables are stored in one transaction with every value's provenance, listed and removed. */
class DatasetRepositoryTest {

    private static Gazetteer gazetteer;

    @TempDir
    Path tmp;

    private Path userDb;

    @BeforeAll
    static void loadMaps() {
        gazetteer = ImportFixtures.gazetteer();
    }

    @BeforeEach
    void userDatabase() {
        userDb = tmp.resolve("datasets.db");
    }

    private ImportPlan plan(Path file, String source) {
        return new TablePlanner(gazetteer, List.of())
                .preview(new TableReader().read(file, ReadOptions.detect()), ImportSettings.detect()).plan(source);
    }

    private Path table(String name, String... lines) {
        return ImportFixtures.text(tmp.resolve(name), StandardCharsets.UTF_8, lines);
    }

    @Test
    void storesEveryValueWithItsFileRowCellAndSource() throws Exception {
        Path file = table("gdp.csv", "代码,\"人均GDP(元,2015)\",人口", "620422,12345.0,58", "130284,—,47", "城关区,1,1");
        Dataset dataset;
        try (UserDataStore store = TestUserData.opener().open(userDb)) {
            dataset = store.datasets().store(plan(file, "Gansu Yearbook 2016, Table 3-12"), () -> false);
        }
        try (UserDataStore store = TestUserData.opener().open(userDb)) {
            DatasetRepository repo = store.datasets();
            assertThat(repo.datasets()).singleElement().satisfies(d -> {
                assertThat(d.fileName()).isEqualTo("gdp.csv");
                assertThat(d.sha256()).hasSize(64);
                assertThat(d.level()).isEqualTo(Level.COUNTY);
                assertThat(d.rowsStored()).isEqualTo(2);
                assertThat(d.rowsLeftOut()).isEqualTo(1);
                assertThat(d.indicators()).containsExactly("d" + dataset.id() + ".2", "d" + dataset.id() + ".3");
            });
            IndicatorData gdp = repo.indicator("d" + dataset.id() + ".2").orElseThrow();
            assertThat(gdp.info().name()).isEqualTo("人均GDP");
            assertThat(gdp.info().unit()).isEqualTo("元");
            assertThat(gdp.info().year()).isEqualTo(2015);
            assertThat(gdp.info().subjects()).isEqualTo(1);
            UnitFigure huining = gdp.figures().get("620422");
            assertThat(huining.figure().value().toPlainString()).isEqualTo("12345.0");
            assertThat(huining.figure().source().document())
                    .isEqualTo("Gansu Yearbook 2016, Table 3-12 (imported from gdp.csv)");
            assertThat(huining.figure().source().location()).isEqualTo("row 2, cell B2 (column 人均GDP)");
            UnitFigure luan = gdp.figures().get("130223");
            assertThat(luan.figure().isReported()).isFalse();
            assertThat(luan.figure().has(Flag.NOT_REPORTED)).isTrue();
            assertThat(luan.note()).contains("cell B3 is '—' (marked missing)").contains("130284");
            assertThat(repo.leftOut(dataset.id())).singleElement().satisfies(r -> {
                assertThat(r.row()).isEqualTo(4);
                assertThat(r.reason()).startsWith("ambiguous:");
            });
            List<IndicatorFigure> county = repo.figuresOf(Level.COUNTY, "620422");
            assertThat(county).extracting(f -> f.indicator().code()).containsExactly("d1.2", "d1.3");
        }
    }

    @Test
    void theSameFileIsRecognisedAndNotStoredTwice() {
        Path file = table("a.csv", "代码,v", "620422,1");
        try (UserDataStore store = TestUserData.opener().open(userDb)) {
            store.datasets().store(plan(file, ""), () -> false);
            assertThatThrownBy(() -> store.datasets().store(plan(file, ""), () -> false))
                    .isInstanceOf(ImportException.class)
                    .hasMessageContaining("was imported before, as dataset 1 on 2024-05-01")
                    .hasMessageContaining("datasets remove 1");
            assertThat(store.datasets().datasets()).hasSize(1);
        }
    }

    @Test
    void aCancelMidwayStoresNothing() throws Exception {
        StringBuilder csv = new StringBuilder("代码,v\n");
        gazetteer.counties().stream().limit(900).forEach(c -> csv.append(c.code()).append(",1\n"));
        Path file = tmp.resolve("big.csv");
        Files.writeString(file, csv);
        ImportPlan plan = plan(file, "");
        AtomicInteger looks = new AtomicInteger();
        try (UserDataStore store = TestUserData.opener().open(userDb)) {
            assertThatThrownBy(() -> store.datasets().store(plan, () -> looks.incrementAndGet() > 2))
                    .isInstanceOf(ImportCancelledException.class)
                    .hasMessage("Import of big.csv cancelled; nothing was stored.");
            assertThat(looks.get()).isEqualTo(3);
            assertThat(store.datasets().datasets()).isEmpty();
            assertThat(store.datasets().indicators()).isEmpty();
        }
    }

    @Test
    void aFileChangedOrDeletedBeforeTheCommitStoresNothing() throws Exception {
        Path file = table("a.csv", "代码,v", "620422,1");
        ImportPlan plan = plan(file, "");
        Files.writeString(file, "代码,v\n620422,2\n");
        try (UserDataStore store = TestUserData.opener().open(userDb)) {
            assertThatThrownBy(() -> store.datasets().store(plan, () -> false)).isInstanceOf(ImportException.class)
                    .hasMessage("a.csv: the file changed while it was imported; import it again to see its new content"
                            + " first (nothing was imported)");
            Files.delete(file);
            assertThatThrownBy(() -> store.datasets().store(plan, () -> false)).isInstanceOf(ImportException.class)
                    .hasMessageStartingWith("a.csv: the file was removed or locked while it was imported");
            assertThat(store.datasets().datasets()).isEmpty();
        }
    }

    @Test
    void removingADatasetRemovesItsIndicatorsAndValuesOnly() {
        try (UserDataStore store = TestUserData.opener().open(userDb)) {
            Dataset a = store.datasets().store(plan(table("a.csv", "代码,v", "620422,1"), ""), () -> false);
            Dataset b = store.datasets().store(plan(table("b.csv", "代码,w", "620422,2"), ""), () -> false);
            assertThat(store.datasets().remove(a.id())).isTrue();
            assertThat(store.datasets().remove(a.id())).isFalse();
            assertThat(store.datasets().datasets()).extracting(Dataset::id).containsExactly(b.id());
            assertThat(store.datasets().figuresOf(Level.COUNTY, "620422")).extracting(f -> f.indicator().code())
                    .containsExactly("d" + b.id() + ".2");
            assertThat(store.datasets().indicator("d" + a.id() + ".2")).isEmpty();
        }
    }

    @Test
    void aReadOnlyUserDatabaseRefusesToStoreInWords() throws Exception {
        Path file = table("a.csv", "代码,v", "620422,1");
        TestUserData.opener().open(userDb).close();
        Files.setPosixFilePermissions(userDb, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        try (UserDataStore store = TestUserData.opener().open(userDb)) {
            assertThatThrownBy(() -> store.datasets().store(plan(file, ""), () -> false))
                    .isInstanceOf(AtlasStoreException.class)
                    .hasMessageContaining("cannot import a.csv: the datasets database")
                    .hasMessageContaining("nothing was changed");
        } finally {
            Files.setPosixFilePermissions(userDb, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void theCatalogOffersTable1AndImportedIndicators() {
        try (AtlasStore atlas = TestStores.inMemory(); UserDataStore store = TestUserData.opener().open(userDb)) {
            store.datasets().store(plan(table("a.csv", "代码,人口(万人)", "620422,58"), ""), () -> false);
            IndicatorCatalog catalog = new IndicatorCatalog(atlas.repository(), store.datasets());
            assertThat(catalog.codes()).startsWith(IndicatorCatalog.TABLE1_RATE).contains("d1.2");
            IndicatorData rate = catalog.data(IndicatorCatalog.TABLE1_RATE).orElseThrow();
            assertThat(rate.figures()).hasSize(14);
            assertThat(rate.values()).hasSize(13).containsKey("liupan").doesNotContainKey("tibetan_areas");
            assertThat(rate.values().get("liupan").toPlainString()).isEqualTo("28.72");
            assertThat(catalog.find("人口").map(i -> i.code())).contains("d1.2");
            assertThat(catalog.find("D1.2").map(i -> i.code())).contains("d1.2");
            assertThat(catalog.find("nothing")).isEmpty();
        }
    }
}
