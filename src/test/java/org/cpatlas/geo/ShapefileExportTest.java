package org.cpatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cpatlas.files.FilesInUse;
import org.cpatlas.files.WriteRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** A layer whose texts are longer than a dBASE field holds is still written, those texts shortened and said. */
class ShapefileExportTest {

    @TempDir
    Path dir;

    @Test
    void textsLongerThanADbaseFieldAreShortenedAtACharacterAndTheShapefileIsWritten() throws Exception {
        GeometryFactory gf = new GeometryFactory();
        String longSource = "来源：".repeat(60) + "end"; // 543 bytes in UTF-8
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("code", "620121");
        a.put("source", longSource);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("code", "620122");
        b.put("source", "short");
        var square = gf.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(1, 0),
            new Coordinate(1, 1), new Coordinate(0, 1), new Coordinate(0, 0)});
        FeatureLayer layer = GeoFixtures.layer("counties", List.of("code", "source"),
                List.of(new Feature(square, a), new Feature(square, b)));

        ShapefileExport.Fitted fitted = ShapefileExport.fitToDbase(layer);
        assertThat(fitted.shortened()).containsExactly(Map.entry("source", 1));
        assertThat(fitted.describe()).isEqualTo("source (1 value)");
        String cut = fitted.layer().features().get(0).text("source");
        assertThat(cut).endsWith("…").startsWith("来源：来源：");
        assertThat(cut.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(254).isGreaterThan(245);
        assertThat(fitted.layer().features().get(1).text("source")).isEqualTo("short");
        assertThat(layer.features().get(0).text("source")).as("the layer itself is untouched").isEqualTo(longSource);

        ShapefileExport.write(layer, "counties", dir, new WriteRules(FilesInUse.none(), false));
        FeatureLayer read = MapSource.directory(dir).readPolygons("counties", new ShapefileReader());
        assertThat(read.features()).extracting(f -> f.text("source")).containsExactly(cut, "short");
    }
}
