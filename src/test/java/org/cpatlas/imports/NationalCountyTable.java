package org.cpatlas.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.cpatlas.geo.Feature;
import org.cpatlas.geo.FeatureLayer;
import org.cpatlas.geo.InvalidGeometryPolicy;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.ShapefileReader;

/**
 * A national county table made from {@code maps/counties.shp}: one row per mainland county of the layer (one per 2012
 * code) with its area computed from the layer (km², on the sphere, as the sample table), the way a county yearbook's
 * national table names every county.
 */
public final class NationalCountyTable {

    /** maps/README.md: 2,855 of the 2,857 mainland county units of 2012 have a polygon. */
    public static final int MAINLAND_COUNTIES_ON_THE_MAP = 2_855;

    private NationalCountyTable() {
    }

    /** Every coded county of the layer once, by code. */
    public static List<Feature> mainland(FeatureLayer counties) {
        Set<String> seen = new HashSet<>();
        return counties.features().stream().filter(f -> f.text("code").matches("\\d{6}"))
                .sorted(Comparator.comparing((Feature f) -> f.text("code"))).filter(f -> seen.add(f.text("code")))
                .toList();
    }

    public static FeatureLayer counties() {
        return MapSource.directory(Path.of("maps")).read("counties", new ShapefileReader(
                ShapefileReader.Options.defaults().withInvalidGeometry(InvalidGeometryPolicy.TRUST)));
    }

    /** "代码,县名,省份,面积(km²)" and a row per county, keyed by 2012 code. */
    public static Path byCode(Path file, FeatureLayer counties) {
        return write(file, counties, "代码,县名,省份,面积(km²)",
                f -> f.text("code") + "," + f.text("name_zh") + "," + f.text("prov_zh") + "," + area(f));
    }

    /** The header and a line per mainland county. */
    public static Path write(Path file, FeatureLayer counties, String header, Function<Feature, String> line) {
        List<String> lines = new ArrayList<>();
        lines.add(header);
        mainland(counties).forEach(f -> lines.add(line.apply(f)));
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The county's area, km², one decimal. */
    public static String area(Feature f) {
        return BigDecimal.valueOf(SampleFileTest.areaKm2(f.geometry())).setScale(1, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
