package org.cpatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cpatlas.geo.FeatureLayer;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.ShapefileReader;
import org.cpatlas.store.TestStores;
import org.cpatlas.store.TestUserData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code membership import | list | use | remove | diff}, the list in force followed by {@code identify} and
 * {@code export}, and {@code export --layer ... --format shp}.
 */
class MembershipCommandsTest {

    /** 永登县 (620121), in 六盘山区 in the bundled list. */
    private static final String YONGDENG_LON = "103.26";
    private static final String YONGDENG_LAT = "36.73";

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

    /** The bundled list with 永登县 moved to 秦巴山区 and 大别山区 left with no county. */
    private Path changedList() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("data/region_counties.csv"), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("dabie,")) {
                continue;
            }
            out.add(line.contains(",620121,") ? line.replaceFirst("^liupan,六盘山区,", "qinba,秦巴山区,") : line);
        }
        return Files.write(tmp.resolve("changed.csv"), out, StandardCharsets.UTF_8);
    }

    @Test
    void anImportedListInForceDrawsTheRegionsOfEveryCommandAndBundledGivesThemBack() throws Exception {
        assertThat(run("identify", YONGDENG_LON, YONGDENG_LAT).out()).contains("region:   liupan");

        CliRun imported = run("membership", "import", changedList().toString(), "--name", "changed");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Dabie Mountains").contains("no county in this list")
                .contains("Stored the list 'changed'").contains("still drawn from 'bundled'");
        assertThat(run("identify", YONGDENG_LON, YONGDENG_LAT).out()).as("importing changes nothing in force")
                .contains("region:   liupan");

        assertThat(run("membership", "use", "changed").exitCode()).isZero();
        assertThat(run("identify", YONGDENG_LON, YONGDENG_LAT).out()).contains("region:   qinba");
        assertThat(run("membership").out()).containsPattern("\\*\\s+changed\\s+changed.csv");

        CliRun diff = run("membership", "diff", "changed");
        assertThat(diff.out()).contains("六盘山区 Liupan Mountains: ").contains("removed (1): 永登县 620121 (甘肃省)")
                .contains("秦巴山区 Qinba Mountains: ").contains("added (1): 永登县 620121 (甘肃省)")
                .containsPattern("大别山区 Dabie Mountains: \\d+ → 0");
        JsonNode json = new ObjectMapper().readTree(run("membership", "diff", "changed", "--format", "json").out());
        assertThat(json.get("unchanged").asBoolean()).isFalse();
        JsonNode qinba = json.get("regions").get(1);
        assertThat(qinba.get("code").asText()).isEqualTo("qinba");
        assertThat(qinba.get("added").get(0).get("name_zh").asText()).isEqualTo("永登县");

        // A region with no county is drawn empty: its sheet and map export without failing.
        // Text kept as text (--svg-text text; an SVG draws its text as outlines by default) so that it can be read here.
        CliRun sheet = run("export", "--region", "dabie", "--format", "svg", "--svg-text", "text", "--out",
                tmp.resolve("d.svg").toString());
        assertThat(sheet.exitCode()).as(sheet.err()).isZero();
        assertThat(Files.readString(tmp.resolve("d.svg"))).contains("No county in this list");

        assertThat(run("membership", "use", "bundled").exitCode()).isZero();
        assertThat(run("identify", YONGDENG_LON, YONGDENG_LAT).out()).contains("region:   liupan");
    }

    @Test
    void aListThatCannotBeImportedStoresNothingAndLeavesTheListInForce() throws Exception {
        run("membership", "import", changedList().toString(), "--name", "changed");
        run("membership", "use", "changed");
        Path bad = Files.writeString(tmp.resolve("bad.csv"), "county,region\n620422,六盘山区\n620422,秦巴山区\n");
        CliRun refused = run("membership", "import", bad.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("cannot be imported as it is").contains("rows [2, 3]")
                .contains("nothing was stored; the list in force is unchanged");
        JsonNode lists = new ObjectMapper().readTree(run("membership", "list", "--format", "json").out());
        assertThat(lists).hasSize(2);
        assertThat(lists.get(1).get("in_force").asBoolean()).isTrue();

        CliRun dry = run("membership", "import", changedList().toString(), "--name", "other", "--dry-run");
        assertThat(dry.out()).contains("Dry run: nothing was stored.");
        CliRun again = run("membership", "import", changedList().toString(), "--name", "other");
        assertThat(again.out()).contains("was imported before, as the list 'changed'");
        assertThat(new ObjectMapper().readTree(run("membership", "list", "--format", "json").out())).hasSize(2);
    }

    @Test
    void removingTheListInForceBringsBackTheBundledOne() throws Exception {
        run("membership", "import", changedList().toString(), "--name", "changed");
        run("membership", "use", "changed");
        CliRun removed = run("membership", "remove", "changed");
        assertThat(removed.out()).contains("Removed the list 'changed'").contains("bundled list again");
        assertThat(run("identify", YONGDENG_LON, YONGDENG_LAT).out()).contains("region:   liupan");
        assertThat(run("membership", "use", "nothing").err()).contains("there is no list named 'nothing'; the lists"
                + " are bundled");
        assertThat(run("membership", "remove", "bundled").exitCode()).isEqualTo(2);
    }

    @Test
    void theLayersInForceAreWrittenAsShapefilesThatOurReaderAndGdalOpen() throws Exception {
        run("membership", "import", changedList().toString(), "--name", "changed");
        run("membership", "use", "changed");
        Path out = Files.createDirectory(tmp.resolve("shp"));
        CliRun regions = run("export", "--layer", "regions", "--format", "shp", "--out", out.toString());
        assertThat(regions.exitCode()).as(regions.err()).isZero();
        CliRun counties = run("export", "--layer", "counties", "--format", "shp", "--out", out.toString());
        assertThat(counties.exitCode()).as(counties.err()).isZero();
        assertThat(counties.out()).contains("counties of the county list 'changed'");
        for (String layer : List.of("regions", "counties")) {
            assertThat(Files.readString(out.resolve(layer + ".cpg"))).isEqualTo("UTF-8");
            assertThat(Files.readString(out.resolve(layer + ".prj"))).startsWith("GEOGCS[\"GCS_WGS_1984\"");
        }

        MapSource written = MapSource.directory(out);
        FeatureLayer regionLayer = written.readPolygons("regions", new ShapefileReader());
        FeatureLayer bundled = MapSource.directory(Path.of("maps")).readPolygons("regions", new ShapefileReader());
        assertThat(regionLayer.size()).isEqualTo(bundled.size());
        var dabie = regionLayer.features().stream().filter(f -> f.text("code").equals("dabie")).findFirst().orElseThrow();
        assertThat(dabie.geometry().isEmpty()).isTrue();
        assertThat(dabie.number("n_counties")).isZero();
        FeatureLayer countyLayer = written.readPolygons("counties", new ShapefileReader());
        var yongdeng = countyLayer.features().stream().filter(f -> f.text("code").equals("620121")).findFirst()
                .orElseThrow();
        assertThat(yongdeng.text("region")).isEqualTo("qinba");
        assertThat(yongdeng.text("region_zh")).isEqualTo("秦巴山区");

        Path ogrinfo = Path.of("/usr/bin/ogrinfo");
        if (Files.isExecutable(ogrinfo)) { // GDAL where installed (apt gdal-bin); the format is asserted above anyway
            Process p = new ProcessBuilder(ogrinfo.toString(), "-ro", "-geom=NO", out.resolve("counties.shp").toString(),
                    "counties", "-where", "code='620121'").redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(text).contains("region_zh (String) = 秦巴山区").contains("name_zh (String) = 永登县");
        }

        CliRun bad = run("export", "--layer", "lakes", "--out", out.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--layer must be regions or counties");
        Path linked = Files.createDirectory(tmp.resolve("linked"));
        Files.createSymbolicLink(linked.resolve("regions.shp"), Path.of("/dev/null"));
        CliRun device = run("export", "--layer", "regions", "--format", "shp", "--out", linked.toString());
        assertThat(device.exitCode()).isEqualTo(1);
        assertThat(device.err()).contains("Cannot write").contains("not a file");
        try (var files = Files.list(linked)) {
            assertThat(files).as("every part is checked before any is written").hasSize(1);
        }
        CliRun notAFolder = run("export", "--layer", "regions", "--out", "/dev/null");
        assertThat(notAFolder.exitCode()).isEqualTo(1);
        assertThat(notAFolder.err()).contains("--out must be an existing folder");
    }
}
