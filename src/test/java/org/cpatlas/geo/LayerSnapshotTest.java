package org.cpatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpatlas.geo.GeoFixtures.CHINESE_FIELDS;
import static org.cpatlas.geo.GeoFixtures.chineseFeatures;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;

/** Decoded layers kept and given back ({@link LayerSnapshotCodec}, {@link LayerSnapshots} in the reader). */
class LayerSnapshotTest {

    /** Keeps snapshots as bytes in memory, as the cache folder keeps them as files; counts what is asked. */
    private static final class InMemory implements LayerSnapshots {
        final Map<String, byte[]> kept = new HashMap<>();
        final List<String> recalled = new ArrayList<>();

        @Override
        public Optional<FeatureLayer> recall(String key, GeometryFactory factory) {
            byte[] bytes = kept.get(key);
            if (bytes == null) {
                return Optional.empty();
            }
            recalled.add(key);
            return Optional.of(LayerSnapshotCodec.decode(bytes, key, factory));
        }

        @Override
        public void remember(String key, FeatureLayer layer) {
            kept.put(key, LayerSnapshotCodec.encode(key, layer));
        }
    }

    private static ShapefileReader atlasReader(LayerSnapshots kept) {
        return AtlasLayerPolicy.reader(ValidityMemo.NONE, kept);
    }

    @Test
    void everyBundledLayerComesBackFromItsSnapshotAsTheReaderMadeIt() {
        MapSource maps = MapSource.locate(null);
        assumeTrue(maps.has(PlaceIdentifier.COUNTIES), "no real maps at " + maps.describe());
        for (String name : List.of(PlaceIdentifier.REGIONS, PlaceIdentifier.PROVINCES, PlaceIdentifier.COUNTIES,
                "countries", "nanhai")) {
            ShapefileReader reader = atlasReader(LayerSnapshots.NONE);
            FeatureLayer read = maps.readPolygons(name, reader);
            assertThat(LayerSnapshotCodec.canEncode(read)).as(name).isTrue();

            FeatureLayer back = LayerSnapshotCodec.decode(LayerSnapshotCodec.encode("k", read), "k",
                    reader.factory());

            assertSameLayer(back, read);
        }
    }

    @Test
    void theSecondReadOfTheSameFilesIsTheSnapshotAndChangedFilesAreReadAgain() {
        ShapefileParts parts = new ShapefileWriter().encode("regions", CHINESE_FIELDS, chineseFeatures());
        InMemory kept = new InMemory();

        FeatureLayer first = atlasReader(kept).read(parts);
        FeatureLayer second = atlasReader(kept).read(parts);

        assertThat(kept.kept).hasSize(1);
        assertThat(kept.recalled).hasSize(1);
        assertSameLayer(second, first);

        // One byte of the .dbf changed (a name's first letter): another key, so the files are decoded again.
        byte[] dbf = parts.dbf().bytes().clone();
        int header = (dbf[8] & 0xff) | (dbf[9] & 0xff) << 8;
        dbf[header + 2] ^= 0x01;
        FeatureLayer edited = atlasReader(kept).read(parts.with("dbf", dbf));
        assertThat(kept.recalled).hasSize(1);
        assertThat(kept.kept).hasSize(2);
        assertThat(edited.features().stream().map(Feature::attributes).toList())
                .isNotEqualTo(first.features().stream().map(Feature::attributes).toList());
    }

    @Test
    void aReaderThatRepairsNeitherAsksForNorKeepsSnapshots() {
        ShapefileParts parts = new ShapefileWriter().encode("regions", CHINESE_FIELDS, chineseFeatures());
        InMemory kept = new InMemory();
        ShapefileReader repairing = new ShapefileReader(ShapefileReader.Options.defaults().repair()
                .withSnapshots(kept));

        repairing.read(parts);
        repairing.read(parts);

        assertThat(kept.kept).isEmpty();
        assertThat(kept.recalled).isEmpty();
    }

    @Test
    void damagedOrForeignBytesAreRefusedNeverReadAsAnotherLayer() {
        ShapefileParts parts = new ShapefileWriter().encode("regions", CHINESE_FIELDS, chineseFeatures());
        FeatureLayer layer = atlasReader(LayerSnapshots.NONE).read(parts);
        GeometryFactory factory = atlasReader(LayerSnapshots.NONE).factory();
        byte[] bytes = LayerSnapshotCodec.encode("key", layer);

        assertThatThrownBy(() -> LayerSnapshotCodec.decode(bytes, "other files", factory))
                .isInstanceOf(IllegalArgumentException.class);
        for (int cut : new int[] {0, 5, 11, bytes.length / 3, bytes.length - 1}) {
            byte[] shorter = java.util.Arrays.copyOf(bytes, cut);
            assertThatThrownBy(() -> LayerSnapshotCodec.decode(shorter, "key", factory)).as("cut at " + cut)
                    .isInstanceOf(RuntimeException.class);
        }
        // One bit of a coordinate flipped: without the checksum this would read as a moved boundary.
        byte[] flipped = bytes.clone();
        flipped[bytes.length - 40] ^= 0x04;
        assertThatThrownBy(() -> LayerSnapshotCodec.decode(flipped, "key", factory))
                .hasMessageContaining("checksum");
    }

    static void assertSameLayer(FeatureLayer actual, FeatureLayer expected) {
        assertThat(actual.name()).isEqualTo(expected.name());
        assertThat(actual.fieldNames()).isEqualTo(expected.fieldNames());
        assertThat(actual.bounds()).isEqualTo(expected.bounds());
        assertThat(actual.size()).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Feature a = actual.features().get(i);
            Feature e = expected.features().get(i);
            // Map equality compares the values' types too: a Long never comes back as a Double.
            assertThat(a.attributes()).as("attributes of feature %d of %s", i, expected.name())
                    .isEqualTo(e.attributes());
            Geometry ag = a.geometry();
            Geometry eg = e.geometry();
            assertThat(ag.getClass()).isEqualTo(eg.getClass());
            assertThat(ag.getSRID()).isEqualTo(eg.getSRID());
            assertThat(ag.equalsExact(eg)).as("geometry of feature %d of %s", i, expected.name()).isTrue();
            for (int p = 0; p < ag.getNumGeometries(); p++) {
                CoordinateSequence seq = ((Polygon) ag.getGeometryN(p)).getExteriorRing().getCoordinateSequence();
                assertThat(seq).isInstanceOf(PackedCoordinateSequence.Double.class);
                assertThat(seq.getDimension()).isEqualTo(2);
            }
        }
    }
}
