package org.cpatlas.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cpatlas.domain.Flag;
import org.cpatlas.domain.RegionProfile;
import org.cpatlas.geo.FeatureLayer;
import org.cpatlas.geo.InvalidGeometryPolicy;
import org.cpatlas.geo.ShapefileReader;
import org.cpatlas.store.AtlasRepository;
import org.cpatlas.store.AtlasStore;
import org.cpatlas.store.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The atlas's tables built from the real data and map layers. */
class RegionTablesTest {

    private static AtlasStore store;
    private static AtlasRepository repository;
    private static List<RegionProfile> profiles;
    private static Map<String, RegionMapFacts> facts;
    private static FeatureLayer counties;

    @BeforeAll
    static void open() {
        store = TestStores.inMemory();
        repository = store.repository();
        profiles = repository.regions().stream().map(r -> repository.regionProfile(r.code()).orElseThrow()).toList();
        ShapefileReader reader = new ShapefileReader(
                ShapefileReader.Options.defaults().withInvalidGeometry(InvalidGeometryPolicy.TRUST));
        facts = RegionMapFacts.of(reader.read(Path.of("maps/regions.shp")));
        counties = reader.read(Path.of("maps/counties.shp"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static RegionProfile profile(String code) {
        return profiles.stream().filter(p -> p.region().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theRegionsTableNamesProvincesInBothLanguagesAndCountsTheLayersCounties() {
        DataTable regions = new RegionTables(TableLanguage.ENGLISH).regions(profiles, facts);
        assertThat(regions.rows()).hasSize(14);
        DataTable.Row liupan = regions.rows().get(0);
        assertThat(liupan.key()).isEqualTo("liupan");
        assertThat(((Cell.Words) liupan.cell(regions.columnIndex("provinces_zh"))).text()).isEqualTo("甘肃、陕西、宁夏、青海");
        assertThat(((Cell.Words) liupan.cell(regions.columnIndex("provinces_en"))).text())
                .isEqualTo("Gansu, Shaanxi, Ningxia, Qinghai");
        Cell.Figures rate = (Cell.Figures) liupan.cell(regions.columnIndex("rate_2010"));
        assertThat(rate.first().value()).isEqualByComparingTo("28.72");
        Cell.Figures layer = (Cell.Figures) liupan.cell(regions.columnIndex("counties_in_layer"));
        assertThat(layer.first().value()).isEqualByComparingTo("53");
        assertThat(layer.first().has(Flag.COMPUTED)).isTrue();
        // Liupan has two official-list counts and two areas, each with the scope that tells them apart.
        Cell.Figures area = (Cell.Figures) liupan.cell(regions.columnIndex("area"));
        assertThat(area.entries()).hasSize(2);
        assertThat(area.entries()).extracting(Cell.Entry::scope).contains("the 61 listed counties");
        // Tibet has no area in any source: not reported, never 0.
        Cell.Figures tibetArea = (Cell.Figures) regions.rows().stream().filter(r -> r.key().equals("tibet"))
                .findFirst().orElseThrow().cell(regions.columnIndex("area"));
        assertThat(tibetArea.notReported()).isTrue();
    }

    @Test
    void theRegionsCsvHasNamesNotCodesAndSaysWhatIsNotReported() throws IOException {
        DataTable regions = new RegionTables(TableLanguage.ENGLISH).regions(profiles, facts);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvTableWriter(true).write(FlatTable.of(regions, FlatTable.Sources.CITED), out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith(CsvTableWriter.BOM + "No.,Region (Chinese),Region (English),Provinces (Chinese),"
                + "Provinces (English),Urbanization rate 2010 (Table 1) (%),");
        assertThat(csv).contains("\"Gansu, Shaanxi, Ningxia, Qinghai\"").doesNotContain("62;61;64;63");
        assertThat(csv).contains("Urbanization rate 2010 (Table 1): not reported");
        String tibetanAreas = csv.lines().filter(l -> l.contains("四省藏区")).findFirst().orElseThrow();
        assertThat(tibetanAreas).contains("四省藏区,\"Tibetan Areas of Yunnan, Sichuan, Gansu and Qinghai\","
                + "云南、四川、甘肃、青海,\"Yunnan, Sichuan, Gansu, Qinghai\",,yes,");
    }

    @Test
    void tableOnePairsAreFortyWithTibetsConflictFlagged() {
        DataTable pairs = new RegionTables(TableLanguage.ENGLISH).pairs(profiles);
        assertThat(pairs.rows()).hasSize(40);
        FlatTable flat = FlatTable.of(pairs, FlatTable.Sources.NONE);
        int conflict = flat.header().indexOf("Gap printed (province \u2212 region): conflict");
        int printed = flat.header().indexOf("Gap printed (province \u2212 region) (pp)");
        List<FlatTable.Value> tibet = flat.rows().stream().filter(r -> r.get(0).text().equals("西藏区")).findFirst()
                .orElseThrow();
        assertThat(tibet.get(printed).text()).isEqualTo("2.21");
        assertThat(tibet.get(conflict).text()).isEqualTo("yes");
        assertThat(flat.rows().stream().filter(r -> r.get(conflict).text().equals("yes"))).hasSize(1);
    }

    @Test
    void chineseTablesHaveChineseHeadersUnitsAndFlags() {
        DataTable pairs = new RegionTables(TableLanguage.CHINESE).pairs(profiles);
        FlatTable flat = FlatTable.of(pairs, FlatTable.Sources.CITED);
        assertThat(flat.header()).contains("片区（中文）", "省2010年城镇化率（%）", "差距（原文，省－片区）（个百分点）",
                "差距（原文，省－片区）：矛盾", "差距（计算，省－片区）：计算值", "省2010年城镇化率：来源");
        assertThat(pairs.name()).isEqualTo("片区与省份（表1）");
    }

    @Test
    void aRegionsCountyListGivesEachCountysBasisAndSource() {
        DataTable wuling = new RegionTables(TableLanguage.ENGLISH).counties(profile("wuling").region(),
                MemberCounty.of(counties, "wuling"));
        assertThat(wuling.rows()).hasSize(63);
        DataTable.Row changyang = wuling.rows().stream().filter(r -> r.key().equals("420528")).findFirst()
                .orElseThrow();
        assertThat(((Cell.Words) changyang.cell(1)).text()).isEqualTo("长阳土家族自治县");
        assertThat(((Cell.Words) changyang.cell(4)).text()).isEqualTo("named explicitly");
        assertThat(((Cell.Words) changyang.cell(5)).text()).startsWith("https://scholarmate.com/");
    }

    @Test
    void twoRegionsSideBySideShareRowsForEveryFigureEitherHas() {
        DataTable both = new RegionTables(TableLanguage.ENGLISH).comparison(profile("liupan"), profile("tibet"), facts);
        assertThat(both.columns()).extracting(Column::header).containsExactly("Figure", "Liupan Mountains", "Tibet");
        DataTable.Row rate = both.rows().get(0);
        assertThat(((Cell.Figures) rate.cell(1)).first().value()).isEqualByComparingTo("28.72");
        assertThat(((Cell.Figures) rate.cell(2)).first().value()).isEqualByComparingTo("23.79");
        DataTable.Row official = both.rows().stream().filter(r -> r.key().equals("counties_in_official_list"))
                .findFirst().orElseThrow();
        assertThat(((Cell.Figures) official.cell(2)).first().has(Flag.INFERRED)).isTrue();
        DataTable.Row area = both.rows().stream().filter(r -> r.key().equals("area")).findFirst().orElseThrow();
        assertThat(((Cell.Figures) area.cell(2)).notReported()).isTrue();
    }

    @Test
    void everyFigureOfTheAtlasIsInTheTableOfAllFigures() {
        DataTable all = new RegionTables(TableLanguage.ENGLISH).allFigures(repository.observations(),
                repository.regions().stream().map(r -> r.region()).toList());
        assertThat(all.rows()).hasSize(repository.observations().size());
        assertThat(all.sources()).hasSize((int) repository.observations().stream()
                .map(o -> o.source().id()).distinct().count());
    }
}
