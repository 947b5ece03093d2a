package org.cpatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.cpatlas.domain.Level;
import org.cpatlas.geo.Feature;
import org.cpatlas.geo.FeatureLayer;
import org.cpatlas.geo.InvalidGeometryPolicy;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.ShapefileReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A national county table, as a county statistical yearbook gives one, imports with no mainland county left out:
 * a table of every mainland county of {@code maps/counties.shp} (its area computed from the layer, labelled
 * computed), keyed by 2012 code or by name, matches every row to its own county, none unknown, ambiguous or outside.
 */
class NationalCountyTableTest {

    private static final int MAINLAND_COUNTIES_ON_THE_MAP = NationalCountyTable.MAINLAND_COUNTIES_ON_THE_MAP;

    private static FeatureLayer counties;
    private static Gazetteer gazetteer;
    /** One feature per 2012 code, by code (shared polygons carry one record per unit). */
    private static List<Feature> mainland;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        ShapefileReader reader = new ShapefileReader(
                ShapefileReader.Options.defaults().withInvalidGeometry(InvalidGeometryPolicy.TRUST));
        MapSource maps = MapSource.directory(Path.of("maps"));
        counties = maps.read("counties", reader);
        gazetteer = Gazetteer.of(counties, maps.read("provinces", reader), maps.read("regions", reader),
                CodeHistory.bundled());
        mainland = NationalCountyTable.mainland(counties);
    }

    @Test
    void theLayersMainlandCountiesAreTheCountryThatIsCompared() {
        assertThat(mainland).hasSize(MAINLAND_COUNTIES_ON_THE_MAP);
        assertThat(gazetteer.mainlandCounties()).hasSize(MAINLAND_COUNTIES_ON_THE_MAP)
                .containsExactlyInAnyOrderElementsOf(mainland.stream().map(f -> f.text("code")).toList());
        assertThat(mainland).extracting(f -> f.text("prov_code")).doesNotContain("71", "81", "82")
                .as("all 31 mainland provinces").containsAll(gazetteer.provinces().stream()
                        .map(NamedUnit::code).filter(c -> !Set.of("71", "81", "82").contains(c)).toList());
        long drawnWithoutCode = counties.features().stream().filter(f -> f.text("code").isEmpty()).count();
        assertThat(counties.size() - drawnWithoutCode).as("coded records, shared polygons counted per unit")
                .isGreaterThanOrEqualTo(MAINLAND_COUNTIES_ON_THE_MAP);
    }

    @Test
    void aTableOfEveryMainlandCountyByCodeMatchesEveryRow() {
        TablePreview preview = preview("代码,县名,省份,面积(km²)",
                f -> f.text("code") + "," + f.text("name_zh") + "," + f.text("prov_zh") + "," + area(f));
        assertEveryCountyMatched(preview, 0);
        assertThat(preview.level()).isEqualTo(Level.COUNTY);
        assertThat(preview.keyColumn()).isZero();
        ColumnSummary area = preview.valueColumns().get(0);
        assertThat(area.header().name()).isEqualTo("面积");
        assertThat(area.values()).isEqualTo(MAINLAND_COUNTIES_ON_THE_MAP);
        assertThat(preview.report().conflicts()).as("every name beside its code agrees").isEmpty();
    }

    @Test
    void aTableOfEveryMainlandCountyByNameWithProvinceAndPrefectureMatchesEveryRow() {
        TablePreview preview = preview("县名,省份,地区,面积(km²)",
                f -> f.text("name_zh") + "," + f.text("prov_zh") + "," + f.text("pref_zh") + "," + area(f));
        assertEveryCountyMatched(preview, 0);
    }

    private static void assertEveryCountyMatched(TablePreview preview, int keyColumn) {
        MatchReport report = preview.report();
        assertThat(report.rows()).isEqualTo(MAINLAND_COUNTIES_ON_THE_MAP);
        assertThat(report.unknown()).as("unknown keys").isEmpty();
        assertThat(report.ambiguous()).as("ambiguous keys").isEmpty();
        assertThat(report.outside()).as("keys outside the layer").isEmpty();
        assertThat(report.blank()).isEmpty();
        assertThat(report.duplicated()).as("two rows naming one county").isEmpty();
        assertThat(report.found()).isEqualTo(gazetteer.mainlandCounties().size())
                .isEqualTo(MAINLAND_COUNTIES_ON_THE_MAP);
        assertThat(preview.canImport()).isTrue();
        ImportPlan plan = preview.plan("Computed by the atlas from maps/counties.shp");
        assertThat(plan).isNotNull();
    }

    private TablePreview preview(String header, Function<Feature, String> line) {
        Path file = NationalCountyTable.write(dir.resolve("national_county_area_computed.csv"), counties, header,
                line);
        RawTable table = new TableReader().read(file, ReadOptions.detect());
        return new TablePlanner(gazetteer, List.of()).preview(table, ImportSettings.detect());
    }

    private static String area(Feature f) {
        return NationalCountyTable.area(f);
    }
}
