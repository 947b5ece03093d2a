package org.cpatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cpatlas.geo.Feature;
import org.cpatlas.geo.FeatureLayer;
import org.cpatlas.geo.ShapefileWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import picocli.CommandLine;

class IdentifyCommandTest {

    @TempDir
    static Path maps;

    private static final GeometryFactory GF = new GeometryFactory();

    private record Run(int exitCode, String out, String err) {
    }

    private static Polygon square(double x0, double y0, double x1, double y1) {
        return GF.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0),
            new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }

    private static FeatureLayer layer(String name, List<String> fields, Feature... features) {
        Envelope bounds = new Envelope();
        for (Feature f : features) {
            bounds.expandToInclude(f.geometry().getEnvelopeInternal());
        }
        return new FeatureLayer(name, fields, List.of(features), bounds);
    }

    /** A region with a quote in its English name, to check JSON escaping on a real path. */
    @BeforeAll
    static void writeMaps() throws IOException {
        ShapefileWriter writer = new ShapefileWriter();
        writer.write(maps, layer("regions", List.of("code", "name_zh", "name_en", "quality"),
                new Feature(square(105, 25, 115, 35), java.util.Map.of("code", "wuling", "name_zh", "武陵山区",
                        "name_en", "Wuling \"Mountains\"", "quality", "approximate"))));
        writer.write(maps, layer("provinces", List.of("code", "name_zh", "name_en"),
                new Feature(square(100, 20, 120, 40), java.util.Map.of("code", "42", "name_zh", "湖北省", "name_en", "Hubei"))));
        writer.write(maps, layer("counties", List.of("code", "name_zh"),
                new Feature(square(109, 30, 110, 31), java.util.Map.of("code", "422801", "name_zh", "恩施市"))));
    }

    private static com.fasterxml.jackson.databind.JsonNode parse(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new IdentifyCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void jsonHasRegionProvinceCountyAndBoundaryQuality() {
        Run run = run("109.49", "30.27", "--format", "json", "--maps", maps.toString());

        assertThat(run.exitCode()).isZero();
        com.fasterxml.jackson.databind.JsonNode json = parse(run.out());
        assertThat(json.get("lon").decimalValue()).isEqualByComparingTo("109.49");
        assertThat(json.get("lat").decimalValue()).isEqualByComparingTo("30.27");
        assertThat(json.at("/region/code").asText()).isEqualTo("wuling");
        assertThat(json.at("/region/name_zh").asText()).isEqualTo("武陵山区");
        assertThat(json.at("/region/name_en").asText()).isEqualTo("Wuling \"Mountains\"");
        assertThat(json.at("/province/code").asText()).isEqualTo("42");
        assertThat(json.at("/province/name_zh").asText()).isEqualTo("湖北省");
        assertThat(json.at("/province/name_en").asText()).isEqualTo("Hubei");
        assertThat(json.at("/county/code").asText()).isEqualTo("422801");
        assertThat(json.at("/county/name_zh").asText()).isEqualTo("恩施市");
        assertThat(json.get("boundary_quality").asText()).isEqualTo("approximate");
    }

    /** The bundled layers (./maps): since they cover all of China, the four city centres answer with a county. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Beijing, 116.397, 39.909, 110101 东城区",
            "Shanghai, 121.475, 31.232, 310101 黄浦区",
            "Tianjin, 117.201, 39.133, 120101 和平区",
            "Guangzhou, 113.264, 23.129, 440104 越秀区"})
    void theRealMapsNameACountyInTheCentreOfCitiesOutsideTheRegionsProvinces(String city, String lon, String lat,
                                                                            String county) {
        Run run = run(lon, lat, "--maps", Path.of("maps").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).as(city).contains("county:   " + county).contains("region:   none");
    }

    @Test
    void aHongKongDistrictIsNamedAsTheMapDrawsItWithoutACode() {
        Run run = run("114.158", "22.282", "--maps", Path.of("maps").toString());

        assertThat(run.out()).contains("province: 81 香港特别行政区 (Hong Kong)").contains("county:   中西区");
    }

    @Test
    void jsonHasNullsWhereThePointIsInNoRegionOrCounty() {
        Run run = run("116.40", "39.90", "--format=JSON", "--maps", maps.toString());

        assertThat(run.exitCode()).isZero();
        com.fasterxml.jackson.databind.JsonNode json = parse(run.out());
        assertThat(json.get("region").isNull()).isTrue();
        assertThat(json.get("county").isNull()).isTrue();
        assertThat(json.get("boundary_quality").isNull()).isTrue();
        assertThat(json.at("/province/code").asText()).isEqualTo("42");
    }

    @Test
    void textNamesEachLevelOrNone() {
        Run run = run("109.49", "30.27", "--maps", maps.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("region:   wuling 武陵山区 (Wuling \"Mountains\"), boundary approximate")
                .contains("province: 42 湖北省 (Hubei)")
                .contains("county:   422801 恩施市");
        assertThat(run("60", "30", "--maps", maps.toString()).out()).contains("region:   none")
                .contains("province: none").contains("county:   none");
    }

    @Test
    void negativeCoordinatesAreNumbersNotOptions() {
        Run run = run("-70.5", "-33.4", "--maps", maps.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("point:    -70.5, -33.4").contains("region:   none");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abc|30|identify: LON must be a number in degrees, got 'abc'",
        "NaN|30|identify: LON must be a number in degrees, got 'NaN'",
        "12d|30|identify: LON must be a number in degrees, got '12d'",
        "181|30|identify: LON must be between -180 and 180, got 181",
        "109|-90.5|identify: LAT must be between -90 and 90, got -90.5",
        "109|1e3|identify: LAT must be between -90 and 90, got 1e3"})
    void badNumbersGiveOneLineAndExitCode2(String lon, String lat, String message) {
        Run run = run(lon, lat, "--maps", maps.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo(message + " (see 'atlas identify --help')");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownFormatIsRejected() {
        Run run = run("109", "30", "--format", "xml", "--maps", maps.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--format must be text or json, got 'xml'");
    }

    @Test
    void unreadableMapsGiveTheReadersMessageAndExitCode1(@TempDir Path empty) throws IOException {
        Files.createDirectories(empty);

        Run run = run("109", "30", "--maps", empty.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("identify: ").contains("regions.shp does not exist").doesNotContain("\n");
    }
}
