package org.cpatlas.geo;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.cpatlas.geo.ShapefileException.Reason;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Reads an ESRI shapefile layer (.shp, .shx, .dbf, optional .cpg and .prj) in WGS84 lon/lat into a {@link FeatureLayer}
 * of JTS geometries. Every failure is a {@link ShapefileException} whose message names the file and what to do.
 *
 * <p>Geometries: polygons become Polygon or MultiPolygon (clockwise rings are shells, each hole goes to the smallest
 * shell containing it), polylines LineString or MultiLineString, points Point, multipoints MultiPoint; Z and M are
 * dropped. A null shape becomes an empty geometry of the layer's kind, so feature {@code i} is always .dbf row {@code i}.
 * Attributes: text as String, numbers as Long (no decimals) or Double, dates as LocalDate, logicals as Boolean;
 * an empty value is left out of the feature's attribute map.
 */
public final class ShapefileReader {

    /**
     * How to read: what to do with invalid polygons, an encoding that overrides the .cpg, a required geometry kind,
     * contents known to be valid, and the memory budget the layer must fit in.
     */
    public record Options(InvalidGeometryPolicy invalidGeometry, Optional<Charset> charset,
                          Optional<ShapeType.Kind> requiredKind, ValidityMemo validityMemo, LayerBudget budget,
                          LayerSnapshots snapshots) {

        public Options {
            Objects.requireNonNull(invalidGeometry, "invalidGeometry");
            Objects.requireNonNull(charset, "charset");
            Objects.requireNonNull(requiredKind, "requiredKind");
            Objects.requireNonNull(validityMemo, "validityMemo");
            Objects.requireNonNull(budget, "budget");
            Objects.requireNonNull(snapshots, "snapshots");
        }

        public Options(InvalidGeometryPolicy invalidGeometry, Optional<Charset> charset,
                Optional<ShapeType.Kind> requiredKind, ValidityMemo validityMemo, LayerBudget budget) {
            this(invalidGeometry, charset, requiredKind, validityMemo, budget, LayerSnapshots.NONE);
        }

        public Options(InvalidGeometryPolicy invalidGeometry, Optional<Charset> charset,
                Optional<ShapeType.Kind> requiredKind, ValidityMemo validityMemo) {
            this(invalidGeometry, charset, requiredKind, validityMemo, LayerBudget.perLayer());
        }

        public Options(InvalidGeometryPolicy invalidGeometry, Optional<Charset> charset,
                Optional<ShapeType.Kind> requiredKind) {
            this(invalidGeometry, charset, requiredKind, ValidityMemo.NONE);
        }

        /** Skips the validity check for contents this memo knows to be valid, and tells it about new valid ones. */
        public Options withValidityMemo(ValidityMemo memo) {
            return new Options(invalidGeometry, charset, requiredKind, memo, budget, snapshots);
        }

        /** Counts every layer read with these options against one budget (see {@link LayerBudget#forOneLoad()}). */
        public Options withBudget(LayerBudget shared) {
            return new Options(invalidGeometry, charset, requiredKind, validityMemo, shared, snapshots);
        }

        /** Fail on invalid polygons, encoding from the .cpg, any geometry kind, each layer within the budget. */
        public static Options defaults() {
            return new Options(InvalidGeometryPolicy.FAIL, Optional.empty(), Optional.empty());
        }

        public Options withInvalidGeometry(InvalidGeometryPolicy policy) {
            return new Options(policy, charset, requiredKind, validityMemo, budget, snapshots);
        }

        public Options repair() {
            return withInvalidGeometry(InvalidGeometryPolicy.REPAIR);
        }

        /** Reads text in this encoding whatever the .cpg says. */
        public Options withCharset(Charset encoding) {
            return new Options(invalidGeometry, Optional.of(encoding), requiredKind, validityMemo, budget, snapshots);
        }

        public Options requirePolygons() {
            return new Options(invalidGeometry, charset, Optional.of(ShapeType.Kind.POLYGON), validityMemo, budget,
                    snapshots);
        }

        /**
         * Returns layers decoded before from the same bytes, and keeps those decoded now, in {@code kept}. Only
         * layers read whole and valid are kept (invalid polygons refused): a snapshot never holds a repaired layer.
         */
        public Options withSnapshots(LayerSnapshots kept) {
            return new Options(invalidGeometry, charset, requiredKind, validityMemo, budget, kept);
        }
    }

    private final Options options;
    private final GeometryFactory factory;

    public ShapefileReader() {
        this(Options.defaults());
    }

    public ShapefileReader(Options options) {
        this.options = Objects.requireNonNull(options, "options");
        // Packed coordinates: one double[] per ring instead of one Coordinate object per vertex, for big layers.
        this.factory = new GeometryFactory(new PrecisionModel(), 4326, PackedCoordinateSequenceFactory.DOUBLE_FACTORY);
    }

    /** The geometry factory of the features read (SRID 4326, packed coordinates). */
    public GeometryFactory factory() {
        return factory;
    }

    public FeatureLayer read(Path shp) {
        return read(ShapefileParts.open(shp));
    }

    /** Reads a layer that must hold polygons (fails with a message naming the shape type found otherwise). */
    public FeatureLayer readPolygons(Path shp) {
        return new ShapefileReader(options.requirePolygons()).read(shp);
    }

    public FeatureLayer readPolygons(ShapefileParts parts) {
        return new ShapefileReader(options.requirePolygons()).read(parts);
    }

    /**
     * Reads a layer of {@code source} that must hold polygons. When the source names the files' content without
     * reading them ({@link MapSource#contentIdentity}) and a snapshot of that content is kept, the snapshot is the
     * layer and the files are not read at all: it was kept from a read of these very bytes that passed every check
     * (headers, budget, coordinates, polygons), so the checks would find what they found then.
     */
    public FeatureLayer readPolygons(MapSource source, String layer) {
        ShapefileReader polygons = new ShapefileReader(options.requirePolygons());
        String key = polygons.identityKey(source, layer);
        if (key == null) {
            return polygons.read(source.parts(layer));
        }
        Optional<FeatureLayer> known = options.snapshots().recall(key, factory);
        if (known.isPresent()) {
            return known.get();
        }
        // Kept under the content's identity only: a second snapshot of the same layer under its bytes' checksums
        // would never be asked for.
        FeatureLayer read = new ShapefileReader(polygons.options.withSnapshots(LayerSnapshots.NONE))
                .read(source.parts(layer));
        options.snapshots().remember(key, read);
        return read;
    }

    /** The snapshot key of a layer its source can name without reading it, or null. */
    private String identityKey(MapSource source, String layer) {
        if (options.snapshots() == LayerSnapshots.NONE || options.invalidGeometry() != InvalidGeometryPolicy.FAIL) {
            return null;
        }
        return source.contentIdentity(layer).map(identity -> {
            StringBuilder key = new StringBuilder("layer").append(LayerSnapshotCodec.VERSION).append('/')
                    .append(layer).append('/').append(identity)
                    .append(org.locationtech.jts.JTSVersion.CURRENT_VERSION).append('/');
            options.charset().ifPresent(c -> key.append(c.name()).append('/'));
            options.requiredKind().ifPresent(k -> key.append(k).append('/'));
            return key.toString();
        }).orElse(null);
    }

    public FeatureLayer read(ShapefileParts parts) {
        Objects.requireNonNull(parts, "parts");
        ShapefilePart current = parts.shp();
        try {
            LayerHeaders.requireNotEmpty(parts.shp().head(), parts.shx().head(), parts.dbf().head());
            CrsCheck.requireGeographic(parts.prj(), parts.shp());
            LayerHeaders headers = LayerHeaders.check(parts.shp().head(), parts.shx().head(), parts.dbf().head(),
                    options.requiredKind());
            current = parts.shx();
            ShxIndex index = ShxIndex.parse(parts.shx(), parts.shp(), headers.shp().declaredLength());
            current = parts.shp();
            // Counted from the record headers before anything is decoded: a layer too large is refused here, not
            // when the heap runs out.
            options.budget().admit(parts.shp().label(), LayerSize.of(parts.shp(), index, headers.dbf()));
            // The .shp and .shx checksums name both the snapshot and the validity verdict: taken once (at a first
            // start the county layer's 6.4 MB were read twice over for them).
            String geometry = options.invalidGeometry() == InvalidGeometryPolicy.FAIL
                    && (options.snapshots() != LayerSnapshots.NONE || options.validityMemo() != ValidityMemo.NONE)
                    ? geometryDigest(parts) : null;
            String snapshot = snapshotKey(parts, geometry);
            if (snapshot != null) {
                Optional<FeatureLayer> known = options.snapshots().recall(snapshot, factory);
                if (known.isPresent()) {
                    return known.get();
                }
            }
            current = parts.dbf();
            DbfTable table = DbfTable.read(parts.dbf(), parts.cpg(), options.charset());
            current = parts.shp();
            List<Geometry> geometries = decode(parts, headers.shp(), index, table, geometry);
            FeatureLayer layer = layer(parts.layerName(), table, geometries);
            if (snapshot != null) {
                options.snapshots().remember(snapshot, layer);
            }
            return layer;
        } catch (ShapefileException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // A last line of defence: whatever the checks above missed is still reported as a damaged file, in
            // words; what the code met is kept as the cause, for the log.
            throw new ShapefileException(Reason.CORRUPT_RECORD, current.label(), current.label()
                    + " cannot be read: it is damaged in a way the atlas does not recognise; export the layer again", e);
        }
    }

    private List<Geometry> decode(ShapefileParts parts, ShpHeader header, ShxIndex index, DbfTable table,
            String geometryDigest) {
        ShapefilePart shp = parts.shp();
        ShpRecordDecoder decoder = new ShpRecordDecoder(factory, shp, header.shapeType());
        List<Geometry> geometries = new ArrayList<>(index.count());
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < index.count(); i++) {
            ShpRecordDecoder.Decoded decoded = decoder.decode(i, index.offset(i), index.contentLength(i));
            geometries.add(decoded.geometry());
            if (decoded.problem() != null) {
                problems.add("record " + (i + 1) + describe(table, i) + ": " + decoded.problem());
            }
        }
        if (options.invalidGeometry() == InvalidGeometryPolicy.FAIL) {
            // The geometry is a function of the .shp and .shx bytes (and of the JTS that judges it): same digest,
            // same verdict.
            String digest = problems.isEmpty() && options.validityMemo() != ValidityMemo.NONE
                    ? geometryDigest : null;
            if (digest == null || !options.validityMemo().isKnownValid(digest)) {
                problems.addAll(validate(geometries, table));
                if (problems.isEmpty() && digest != null) {
                    options.validityMemo().rememberValid(digest);
                }
            }
            if (!problems.isEmpty()) {
                throw invalid(shp, problems);
            }
        } else if (options.invalidGeometry() == InvalidGeometryPolicy.REPAIR) {
            repair(geometries);
        }
        return geometries;
    }

    /**
     * What a snapshot of this layer is kept under: every byte the decoded layer depends on (the .shp and .shx as
     * {@link #geometryDigest}, the .dbf the same way, the .cpg), the encoding the caller sets, the layer's name, the
     * snapshot format and the JTS version; null when snapshots are not kept or the layer may come out repaired.
     */
    private String snapshotKey(ShapefileParts parts, String geometryDigest) {
        if (options.snapshots() == LayerSnapshots.NONE || options.invalidGeometry() != InvalidGeometryPolicy.FAIL) {
            return null;
        }
        StringBuilder key = new StringBuilder("layer").append(LayerSnapshotCodec.VERSION).append('/')
                .append(parts.layerName()).append('/').append(geometryDigest).append('/');
        checksum(key, parts.dbf().buffer());
        parts.cpg().ifPresent(cpg -> checksum(key, cpg.buffer()));
        options.charset().ifPresent(c -> key.append(c.name()).append('/'));
        options.requiredKind().ifPresent(k -> key.append(k).append('/'));
        return key.toString();
    }

    private static void checksum(StringBuilder key, java.nio.ByteBuffer bytes) {
        key.append(bytes.remaining()).append(':').append(org.cpatlas.files.TwoChecksums.hex(bytes)).append('/');
    }

    /**
     * A fingerprint of the .shp and .shx bytes: their lengths and two 32-bit checksums of each with different
     * polynomials (CRC-32C and CRC-32, both computed by the processor's own instructions). It tells whether these
     * bytes were validated before; it guards against edits, not against forgery, and a SHA-256 of the county layer
     * alone took 40-55 ms of every start.
     */
    static String geometryDigest(ShapefileParts parts) {
        StringBuilder key = new StringBuilder("crc64/");
        checksum(key, parts.shp().buffer());
        checksum(key, parts.shx().buffer());
        return key.append(org.locationtech.jts.JTSVersion.CURRENT_VERSION).toString();
    }

    /** Checks polygons in parallel: validity is the costliest step of a load and each feature is independent. */
    private static List<String> validate(List<Geometry> geometries, DbfTable table) {
        return IntStream.range(0, geometries.size()).parallel()
                .mapToObj(i -> {
                    Geometry g = geometries.get(i);
                    if (!(g instanceof Polygonal) || g.isEmpty()) {
                        return null;
                    }
                    // On a copy: validation would leave a cached Coordinate array on every ring (ScratchCopy).
                    TopologyValidationError error = new IsValidOp(ScratchCopy.of(g)).getValidationError();
                    if (error == null) {
                        return null;
                    }
                    Coordinate at = error.getCoordinate();
                    String where = at == null ? "" : " at (" + at.x + ", " + at.y + ")";
                    return "record " + (i + 1) + describe(table, i) + ": " + error.getMessage() + where;
                })
                .filter(Objects::nonNull)
                .toList();
    }

    private static void repair(List<Geometry> geometries) {
        IntStream.range(0, geometries.size()).parallel().forEach(i -> {
            Geometry g = geometries.get(i);
            if (g instanceof Polygonal && !g.isEmpty() && !ScratchCopy.of(g).isValid()) {
                geometries.set(i, GeometryFixer.fix(g));
            }
        });
    }

    private static ShapefileException invalid(ShapefilePart shp, List<String> problems) {
        String file = shp.label();
        String count = problems.size() == 1 ? "an invalid geometry" : problems.size() + " invalid geometries";
        return new ShapefileException(Reason.INVALID_GEOMETRY, file, file + " has " + count + ", first "
                + problems.get(0) + ". Repair the layer (e.g. mapshaper " + file + " -clean -o out.shp, or ogr2ogr"
                + " -makevalid out.shp " + file + ") and load it again");
    }

    /** A record's most telling attribute, so a user can find it in a GIS: its code, or else its first field. */
    private static String describe(DbfTable table, int i) {
        Map<String, Object> row = table.rows().get(i);
        String field = row.containsKey("code") ? "code"
                : table.fieldNames().stream().filter(row::containsKey).findFirst().orElse(null);
        return field == null ? "" : " (" + field + "=" + row.get(field) + ")";
    }

    private static FeatureLayer layer(String name, DbfTable table, List<Geometry> geometries) {
        List<Feature> features = new ArrayList<>(geometries.size());
        Envelope bounds = new Envelope();
        for (int i = 0; i < geometries.size(); i++) {
            Geometry g = geometries.get(i);
            bounds.expandToInclude(g.getEnvelopeInternal());
            features.add(new Feature(g, table.rows().get(i)));
        }
        return new FeatureLayer(name, table.fieldNames(), features, bounds);
    }
}
