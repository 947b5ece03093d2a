package org.cpatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cpatlas.store.TestStores;
import org.cpatlas.store.TestUserData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import}, {@code datasets}, {@code county} and {@code indicators} on the sample table. */
class ImportCommandsTest {

    private static final String SAMPLE = "data/samples/county_area_computed.csv";
    private static final String SOURCE = "Computed by the atlas from maps/counties.shp";

    @TempDir
    Path tmp;

    private Path db;
    private final StoreFactory stores = file -> TestStores.opener().open(file);
    private final UserDataFactory userData = file -> TestUserData.beside(file);

    @BeforeEach
    void database() {
        db = tmp.resolve("atlas.db");
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(stores, userData, all);
    }

    @Test
    void aDryRunPrintsTheReportAndStoresNothing() {
        CliRun run = run("import", SAMPLE, "--dry-run");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Read as:   CSV, UTF-8, comma-separated")
                .contains("Key:       column A (代码), county level")
                .contains("D (面积(km²)): values → 面积 (km²); 438 numbers, 0 blank, 0 unreadable")
                .contains("Keys: 438 of 438 rows name a county of the map")
                .contains("Dry run: nothing was stored.");
        assertThat(run("datasets").out()).contains("No datasets imported yet");
    }

    @Test
    void importListRemove() throws Exception {
        CliRun imported = run("import", SAMPLE, "--source", SOURCE);
        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).contains("Stored dataset 1: 2 indicators for 438 counties (0 rows left out)")
                .contains("d1.4  面积 (km²): 438 values");
        byte[] atlasBytes = Files.readAllBytes(db);

        CliRun again = run("import", SAMPLE);
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).startsWith("county_area_computed.csv was imported before, as dataset 1 on 2024-05-01;"
                + " nothing was stored");

        JsonNode list = new ObjectMapper().readTree(run("datasets", "--format", "json").out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("sha256").asText()).hasSize(64);
        assertThat(list.get(0).get("source").asText()).isEqualTo(SOURCE);
        assertThat(list.get(0).get("indicators").get(0).get("code").asText()).isEqualTo("d1.4");
        assertThat(list.get(0).get("indicators").get(0).get("values").asInt()).isEqualTo(438);

        CliRun removed = run("datasets", "remove", "1");
        assertThat(removed.exitCode()).isZero();
        assertThat(removed.out()).startsWith("Removed dataset 1 (county_area_computed.csv, indicators d1.4 d1.5)");
        assertThat(run("datasets", "--format", "json").out().strip()).isEqualTo("[]");
        assertThat(Files.readAllBytes(db)).as("the bundled database is never changed by an import").isEqualTo(atlasBytes);
    }

    @Test
    void removingAnUnknownDatasetIsAUsageError() {
        CliRun unknown = run("datasets", "remove", "7");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("atlas: there is no dataset 7 (see 'atlas datasets')\n");
        CliRun bad = run("datasets", "remove", "seven");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("ID must be a dataset number");
    }

    @Test
    void countyShowsItsRegionAndImportedFigures() throws Exception {
        run("import", SAMPLE, "--source", SOURCE);
        CliRun run = run("county", "620422", "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode county = new ObjectMapper().readTree(run.out());
        assertThat(county.get("code").asText()).isEqualTo("620422");
        assertThat(county.get("name_zh").asText()).isEqualTo("会宁县");
        assertThat(county.get("province_zh").asText()).isEqualTo("甘肃省");
        assertThat(county.get("prefecture_zh").asText()).isEqualTo("白银市");
        assertThat(county.get("region").get("code").asText()).isEqualTo("liupan");
        assertThat(county.get("region").get("name_zh").asText()).isEqualTo("六盘山区");
        assertThat(county.get("region").get("basis").asText()).isEqualTo("inferred");
        assertThat(county.get("region").get("source").asText()).startsWith("https://");
        JsonNode area = county.get("figures").get(0);
        assertThat(area.get("indicator").asText()).isEqualTo("d1.4");
        assertThat(area.get("value").decimalValue()).isEqualByComparingTo("5664.2");
        assertThat(area.get("unit").asText()).isEqualTo("km²");
        assertThat(area.get("year").isNull()).isTrue();
        assertThat(area.get("source").asText()).contains(SOURCE).contains("row 367, cell D367");
        assertThat(area.get("flags")).isEmpty();
    }

    @Test
    void aCountyOutsideTheRegionsHasANullRegion() throws Exception {
        CliRun run = run("county", "130102", "--format", "json");
        JsonNode county = new ObjectMapper().readTree(run.out());
        assertThat(county.get("region").isNull()).isTrue();
        assertThat(county.get("figures")).isEmpty();
    }

    @Test
    void anAmbiguousCountyNameIsAUsageErrorListingTheCandidates() {
        CliRun run = run("county", "城关区");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'城关区' names 2 counties").contains("540102").contains("620102");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aLaterCodeFindsIts2012CountyAndSaysSo() {
        CliRun run = run("county", "130284");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("滦县  (130223)");
        assertThat(run.err()).contains("note: code 130284").contains("滦州市 130284 ← 滦县 130223");
    }

    @Test
    void indicatorsListBundledAndImportedOnes() throws Exception {
        run("import", SAMPLE, "--source", SOURCE);
        JsonNode list = new ObjectMapper().readTree(run("indicators", "--format", "json").out());
        JsonNode first = list.get(0);
        assertThat(first.get("code").asText()).isEqualTo("urbanization_rate_2010");
        assertThat(first.get("level").asText()).isEqualTo("region");
        assertThat(first.get("subjects_with_value").asInt()).isEqualTo(13);
        assertThat(first.get("dataset").isNull()).isTrue();
        JsonNode imported = null;
        for (JsonNode item : list) {
            if (item.get("code").asText().equals("d1.5")) {
                imported = item;
            }
        }
        assertThat(imported).isNotNull();
        assertThat(imported.get("level").asText()).isEqualTo("county");
        assertThat(imported.get("unit").asText()).isEqualTo("km");
        assertThat(imported.get("dataset").asInt()).isEqualTo(1);
        assertThat(imported.get("subjects_with_value").asInt()).isEqualTo(438);
        assertThat(list.findValuesAsText("code")).contains("survey_respondents");
    }

    @Test
    void aBadLevelIsAUsageError() {
        CliRun run = run("import", SAMPLE, "--level", "village");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("atlas: --level must be county, province or region, got 'village' (see 'atlas"
                + " import --help')\n");
    }

    @Test
    void aTableThatCannotBeImportedSaysWhyAndStoresNothing() throws Exception {
        Path dup = tmp.resolve("dup.csv");
        Files.writeString(dup, "代码,v\n620422,1\n会宁县,2\n");
        CliRun run = run("import", dup.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("atlas: dup.csv cannot be imported as it is: 1 county is named by more than"
                + " one row").contains("会宁县 (620422) in rows [2, 3]").endsWith("(nothing was stored)\n");
        assertThat(run("datasets").out()).contains("No datasets imported yet");
    }

    @Test
    void anImportedIndicatorIsExportedAsACountyChoroplethOfTheWholeCountry() throws Exception {
        run("import", SAMPLE, "--source", SOURCE);
        Path pdf = tmp.resolve("area.pdf");
        CliRun run = run("export", "--indicator", "d1.4", "--out", pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.size(pdf)).isLessThan(2L << 20);
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        // Every polygon of the county layer not in the sample is counted as not reported (one without a code once).
        int notReported = unitsOfTheCountyLayer() - (int) (Files.lines(Path.of(SAMPLE)).count() - 1);
        assertThat(text).contains("面积 (km²)").contains(SOURCE).contains("(" + notReported + ")")
                .contains("Not reported").doesNotContain("Urbanization 2010: Wang");
    }

    /** The county layer's units as the legend counts them: one per code, each polygon without a code on its own. */
    private static int unitsOfTheCountyLayer() throws Exception {
        org.cpatlas.geo.FeatureLayer counties = org.cpatlas.geo.MapSource.directory(Path.of("maps"))
                .read("counties", new org.cpatlas.geo.ShapefileReader(org.cpatlas.geo.ShapefileReader.Options.defaults()
                        .withInvalidGeometry(org.cpatlas.geo.InvalidGeometryPolicy.TRUST)));
        java.util.Set<String> units = new java.util.HashSet<>();
        for (int i = 0; i < counties.features().size(); i++) {
            String code = counties.features().get(i).text("code");
            units.add(code.isEmpty() ? "#" + i : code);
        }
        return units.size();
    }

    @Test
    void anIndicatorCanBeClassedAndPutOnARegionsPage() throws Exception {
        run("import", SAMPLE, "--source", SOURCE);
        Path png = tmp.resolve("wuling.png");
        CliRun run = run("export", "--region", "wuling", "--layout", "map", "--indicator", "d1.4", "--scheme", "jenks",
                "--classes", "7", "--palette", "OrRd", "--dpi", "72", "--out", png.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(png).isRegularFile();
    }

    @Test
    void indicatorOptionsAreCheckedInWords() {
        run("import", SAMPLE, "--source", SOURCE);
        CliRun unknown = run("export", "--indicator", "gdp", "--out", tmp.resolve("x.pdf").toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("atlas: unknown indicator 'gdp'; the indicators that can be mapped are"
                + " urbanization_rate_2010").contains("d1.4").endsWith("(see 'atlas indicators')\n");
        CliRun classes = run("export", "--indicator", "d1.4", "--classes", "12", "--out", tmp.resolve("x.pdf")
                .toString());
        assertThat(classes.exitCode()).isEqualTo(2);
        assertThat(classes.err()).isEqualTo("atlas: --classes/--breaks: classes must be 3 to 9, got 12 (see 'atlas"
                + " export --help')\n");
        CliRun palette = run("atlas", "--indicator", "d1.4", "--palette", "Rainbow", "--out", tmp.resolve("x.pdf")
                .toString());
        assertThat(palette.exitCode()).isEqualTo(2);
        assertThat(palette.err()).startsWith("atlas: --palette: unknown palette 'Rainbow'");
        assertThat(tmp.resolve("x.pdf")).doesNotExist();
        CliRun none = run("export");
        assertThat(none.err()).startsWith("atlas: --region is required for a sheet; to export the whole country use"
                + " --layout map without --region");
    }

    @Test
    void aNationalCountyTableImportsEveryMainlandCountyAndTheRegionIsComparedWithChina() throws Exception {
        org.cpatlas.geo.FeatureLayer counties = org.cpatlas.imports.NationalCountyTable.counties();
        Path table = org.cpatlas.imports.NationalCountyTable.byCode(tmp.resolve("national_county_area_computed.csv"),
                counties);
        CliRun dry = run("import", table.toString(), "--dry-run");
        assertThat(dry.exitCode()).isZero();
        assertThat(dry.out()).contains("Keys: 2855 of 2855 rows name a county of the map")
                .doesNotContain("Unknown").doesNotContain("Ambiguous");
        CliRun stored = run("import", table.toString(), "--source", SOURCE);
        assertThat(stored.exitCode()).isZero();
        assertThat(stored.out()).contains("for 2855 counties (0 rows left out)");

        java.util.Map<String, java.math.BigDecimal> area = new java.util.HashMap<>();
        java.nio.file.Files.readAllLines(table).stream().skip(1).map(l -> l.split(","))
                .forEach(c -> area.put(c[0], new java.math.BigDecimal(c[3])));
        java.util.Set<String> wuling = new java.util.HashSet<>();
        counties.features().stream().filter(f -> f.text("region").contains("wuling"))
                .forEach(f -> wuling.add(f.text("code")));
        java.math.BigDecimal china = area.values().stream().reduce(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add);
        java.math.BigDecimal region = wuling.stream().map(area::get).reduce(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add);
        assertThat(china.doubleValue()).as("the mainland's area, km², summed over its counties")
                .isBetween(9.3e6, 9.8e6);

        CliRun json = run("region", "wuling", "--indicator", "d1.4", "--aggregate", "sum", "--format", "json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode indicator = new ObjectMapper().readTree(json.out()).get("indicator");
        assertThat(indicator.get("aggregation").asText()).isEqualTo("sum");
        JsonNode units = indicator.get("units");
        JsonNode first = units.get(0);
        assertThat(first.get("kind").asText()).isEqualTo("region");
        assertThat(first.get("value").decimalValue()).isEqualByComparingTo(region);
        assertThat(first.get("counties").asInt()).isEqualTo(wuling.size());
        JsonNode last = units.get(units.size() - 1);
        assertThat(last.get("kind").asText()).isEqualTo("china");
        assertThat(last.get("value").decimalValue()).isEqualByComparingTo(china);
        assertThat(last.get("difference_to_region").decimalValue()).isEqualByComparingTo(china.subtract(region));
        assertThat(last.get("counties").asInt()).isEqualTo(2855);
        assertThat(last.get("counties_used").asInt()).isEqualTo(2855);
        assertThat(last.get("counties_not_reported").asInt()).isZero();
        assertThat(last.get("flags").get(0).asText()).isEqualTo("COMPUTED");
        assertThat(units).extracting(u -> u.get("name_en").asText()).contains("Hubei", "Hunan", "Chongqing",
                "Guizhou");

        CliRun text = run("region", "wuling", "--indicator", "d1.4");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("On 面积 (km²) [d1.4]")
                .contains("Computed by the atlas from the counties, never printed figures")
                .contains("China (all counties)")
                .contains("mean of 2,855 of 2,855 mainland counties on the map; Taiwan, Hong Kong and Macao (no 2012"
                        + " county code) not counted");
    }

    @Test
    void aRegionSheetOnACountyIndicatorPrintsTheComputedComparisonNotTable1() throws Exception {
        run("import", SAMPLE, "--source", SOURCE);
        java.util.Map<String, java.math.BigDecimal> area = new java.util.HashMap<>();
        java.nio.file.Files.readAllLines(Path.of(SAMPLE)).stream().skip(1).map(l -> l.split(","))
                .forEach(c -> area.put(c[0], new java.math.BigDecimal(c[3])));
        java.math.BigDecimal wuling = org.cpatlas.imports.NationalCountyTable.counties().features().stream()
                .filter(f -> f.text("region").contains("wuling")).map(f -> area.get(f.text("code")))
                .filter(java.util.Objects::nonNull).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        Path svg = tmp.resolve("wuling.svg");

        CliRun sheet = run("export", "--region", "wuling", "--indicator", "d1.4", "--aggregate", "sum", "--format",
                "svg", "--svg-text", "text", "--out", svg.toString());

        assertThat(sheet.exitCode()).as(sheet.err()).isZero();
        String page = java.nio.file.Files.readString(svg);
        assertThat(page).contains("面积 (km²): " + wuling.toPlainString() + " km²")
                .contains("Computed [1]: sum of 63 of 63 member counties")
                .contains("Difference, computed").contains("全国 China (mainland counties)")
                .contains("sum of 438 of 2,855 mainland counties on the map; 2,417 not reported")
                .doesNotContain("Gap printed").doesNotContain("Urbanization rate 2010");

        CliRun table1 = run("export", "--region", "wuling", "--format", "svg", "--svg-text", "text", "--out",
                tmp.resolve("table1.svg").toString());
        assertThat(table1.exitCode()).as(table1.err()).isZero();
        assertThat(java.nio.file.Files.readString(tmp.resolve("table1.svg"))).contains("Gap printed")
                .contains("Urbanization rate 2010").doesNotContain("Difference, computed");
    }

    @Test
    void theSampleTablesChinaRowSaysHowManyCountiesItCoversAndNeverCountsTheOthersAsZero() {
        run("import", SAMPLE, "--source", SOURCE);
        CliRun text = run("region", "liupan", "--indicator", "d1.4", "--aggregate", "median");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("median of 438 of 2,855 mainland counties on the map; 2,417 not reported")
                .containsPattern("Ningxia +宁夏回族自治区 +not reported +not reported +not reported +median of 0 of");
    }

    @Test
    void aBadIndicatorOrMethodForARegionIsAUsageErrorInWords() {
        run("import", SAMPLE, "--source", SOURCE);
        CliRun method = run("region", "wuling", "--indicator", "d1.4", "--aggregate", "average");
        assertThat(method.exitCode()).isEqualTo(2);
        assertThat(method.err()).isEqualTo("atlas: --aggregate must be one of sum, mean, median, min, max,"
                + " weighted-mean, got 'average' (see 'atlas region --help')" + System.lineSeparator());
        CliRun unknown = run("region", "wuling", "--indicator", "gdp");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("atlas: unknown indicator 'gdp'; the indicators there are:")
                .endsWith("d1.4, d1.5 (see 'atlas indicators')" + System.lineSeparator());
        CliRun weight = run("region", "wuling", "--indicator", "d1.5", "--aggregate", "weighted-mean");
        assertThat(weight.exitCode()).isEqualTo(2);
        assertThat(weight.err()).contains("--aggregate weighted-mean needs --weight CODE");
        CliRun csv = run("region", "wuling", "--indicator", "d1.4", "--format", "csv");
        assertThat(csv.exitCode()).isEqualTo(2);
        assertThat(csv.err()).isEqualTo("atlas: --indicator is shown with --format table or json (see 'atlas region"
                + " --help')" + System.lineSeparator());
        assertThat(csv.out()).isEmpty();
    }
}
