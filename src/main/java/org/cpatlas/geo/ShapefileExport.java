package org.cpatlas.geo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cpatlas.files.FileKind;
import org.cpatlas.files.OutputFile;
import org.cpatlas.files.WriteRules;

/**
 * Writes a layer the atlas shows (the regions in force, or the counties with the region of each) as a shapefile that
 * QGIS and GDAL open: {@code .shp}, {@code .shx}, {@code .dbf} in UTF-8 with its {@code .cpg}, and the {@code .prj} of
 * WGS84 lon/lat (texts longer than a dBASE field holds are shortened, see {@link #fitToDbase}). Every part goes
 * through the write policy ({@link OutputFile}: a link to a device, a folder, the files
 * in use, a file holding other content are refused), all five checked before any is written, each written whole.
 */
public final class ShapefileExport {

    /** The layers that can be exported, by the name the user gives. */
    public enum Layer {
        REGIONS(PlaceIdentifier.REGIONS), COUNTIES(PlaceIdentifier.COUNTIES);

        private final String fileName;

        Layer(String fileName) {
            this.fileName = fileName;
        }

        /** The base name of the files written ({@code regions}, {@code counties}). */
        public String fileName() {
            return fileName;
        }
    }

    /** The longest text a dBASE character field holds, in bytes (UTF-8 here, as the .cpg says). */
    public static final int DBF_TEXT_BYTES = 254;

    /**
     * A layer made to fit a shapefile's table, and what was changed for that.
     *
     * @param shortened per field, how many of its texts were longer than {@link #DBF_TEXT_BYTES} and were cut there,
     *                  ending with "…" (the full text stays in the atlas; only the exported copy is shortened)
     */
    public record Fitted(FeatureLayer layer, Map<String, Integer> shortened) {

        /** "source (12 values)" for each field shortened, or "" when none was. */
        public String describe() {
            List<String> parts = new ArrayList<>();
            shortened.forEach((field, n) -> parts.add(field + " (" + n + (n == 1 ? " value)" : " values)")));
            return String.join(", ", parts);
        }
    }

    private ShapefileExport() {
    }

    /**
     * Texts longer than a dBASE field holds (a county's sources, for instance) cut to {@link #DBF_TEXT_BYTES} bytes at
     * a character boundary and ended with "…", so that the shapefile can be written and opened at all; the caller says
     * which fields were shortened.
     */
    public static Fitted fitToDbase(FeatureLayer layer) {
        Map<String, Integer> shortened = new LinkedHashMap<>();
        List<Feature> features = new ArrayList<>(layer.size());
        for (Feature feature : layer.features()) {
            Map<String, Object> attributes = null;
            for (Map.Entry<String, Object> e : feature.attributes().entrySet()) {
                if (e.getValue() instanceof String text
                        && text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > DBF_TEXT_BYTES) {
                    if (attributes == null) {
                        attributes = new LinkedHashMap<>(feature.attributes());
                    }
                    attributes.put(e.getKey(), shorten(text));
                    shortened.merge(e.getKey(), 1, Integer::sum);
                }
            }
            features.add(attributes == null ? feature : new Feature(feature.geometry(), attributes));
        }
        return shortened.isEmpty() ? new Fitted(layer, Map.of())
                : new Fitted(new FeatureLayer(layer.name(), layer.fieldNames(), features, layer.bounds()), shortened);
    }

    private static String shorten(String text) {
        int budget = DBF_TEXT_BYTES - 3; // "…" takes three bytes in UTF-8
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes + n > budget) {
                break;
            }
            kept.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        return kept.append('…').toString();
    }

    /**
     * Writes {@code layer} into {@code dir} as {@code <name>.shp} and its parts; returns the files written.
     *
     * @throws org.cpatlas.files.WriteRefusedException when a part may not be written (nothing is written then)
     * @throws IOException when writing fails (parts already written stay whole; the one failing is as it was)
     */
    public static List<Path> write(FeatureLayer layer, String name, Path dir, WriteRules rules) throws IOException {
        FeatureLayer fitting = fitToDbase(layer).layer();
        ShapefileParts parts = new ShapefileWriter().encode(name, fitting.fieldNames(), fitting.features());
        Map<Path, byte[]> files = new LinkedHashMap<>();
        Map<Path, FileKind> kinds = new HashMap<>();
        add(files, kinds, dir, parts.shp(), FileKind.SHAPEFILE);
        add(files, kinds, dir, parts.shx(), FileKind.SHAPEFILE);
        add(files, kinds, dir, parts.dbf(), FileKind.DBASE);
        parts.cpg().ifPresent(p -> add(files, kinds, dir, p, FileKind.TEXT));
        parts.prj().ifPresent(p -> add(files, kinds, dir, p, FileKind.TEXT));
        for (Path file : files.keySet()) {
            OutputFile.check(file, kinds.get(file), rules);
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Path, byte[]> file : files.entrySet()) {
            byte[] bytes = file.getValue();
            written.add(OutputFile.write(file.getKey(), kinds.get(file.getKey()), rules, out -> out.write(bytes)));
        }
        return written;
    }

    private static void add(Map<Path, byte[]> files, Map<Path, FileKind> kinds, Path dir, ShapefilePart part,
            FileKind kind) {
        Path file = dir.resolve(part.label());
        files.put(file, part.bytes());
        kinds.put(file, kind);
    }

    /**
     * The county layer with each county's region names beside its region code ({@code region_zh}, {@code region_en};
     * several joined by ';' as the codes are), so a GIS shows them without a join.
     */
    public static FeatureLayer countiesWithRegionNames(FeatureLayer counties, FeatureLayer regions) {
        Map<String, Feature> byCode = new HashMap<>();
        regions.features().forEach(r -> byCode.put(r.text("code"), r));
        List<String> fields = new ArrayList<>(counties.fieldNames());
        for (String field : List.of("region_zh", "region_en")) {
            if (!fields.contains(field)) {
                fields.add(field);
            }
        }
        List<Feature> features = new ArrayList<>(counties.size());
        for (Feature county : counties.features()) {
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            for (String code : county.text("region").split(";")) {
                Feature region = byCode.get(code.strip());
                if (region != null) {
                    zh.add(region.text("name_zh"));
                    en.add(region.text("name_en"));
                }
            }
            Map<String, Object> attributes = new LinkedHashMap<>(county.attributes());
            attributes.put("region_zh", String.join(";", zh));
            attributes.put("region_en", String.join(";", en));
            features.add(new Feature(county.geometry(), attributes));
        }
        return new FeatureLayer(counties.name(), fields, features, counties.bounds());
    }
}
