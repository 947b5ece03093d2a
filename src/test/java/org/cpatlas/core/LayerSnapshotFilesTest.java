package org.cpatlas.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.cpatlas.geo.AtlasLayerPolicy;
import org.cpatlas.geo.FeatureLayer;
import org.cpatlas.geo.ShapefileParts;
import org.cpatlas.geo.ShapefileReader;
import org.cpatlas.geo.ValidityMemo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decoded layers kept in the cache folder across starts; whatever is wrong with a kept file, the layer is read. */
class LayerSnapshotFilesTest {

    @TempDir
    Path cache;

    private static FeatureLayer read(ShapefileParts parts, LayerSnapshotFiles kept) {
        return AtlasLayerPolicy.reader(ValidityMemo.NONE, kept).read(parts);
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> all = Files.list(cache.resolve("layers"))) {
            return all.toList();
        }
    }

    @Test
    void theCountyLayerDecodedAtOneStartIsTheSnapshotAtTheNext() throws Exception {
        ShapefileParts counties = ShapefileParts.open(Path.of("maps", "counties.shp"));
        FeatureLayer first = read(counties, new LayerSnapshotFiles(cache.resolve("layers")));
        assertThat(files()).hasSize(1);
        Path kept = files().get(0);
        Files.setLastModifiedTime(kept, FileTime.fromMillis(0));

        FeatureLayer second = read(counties, new LayerSnapshotFiles(cache.resolve("layers")));

        org.cpatlas.geo.LayerSnapshotTestAccess.assertSameLayer(second, first);
        assertThat(Files.getLastModifiedTime(kept).toMillis()).as("used, so marked as recent").isPositive();
    }

    @Test
    void aDamagedSnapshotIsReadFromTheFilesAndWrittenAgain() throws Exception {
        ShapefileParts regions = ShapefileParts.open(Path.of("maps", "regions.shp"));
        FeatureLayer first = read(regions, new LayerSnapshotFiles(cache.resolve("layers")));
        Path kept = files().get(0);
        byte[] bytes = Files.readAllBytes(kept);
        Files.write(kept, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        FeatureLayer again = read(regions, new LayerSnapshotFiles(cache.resolve("layers")));

        org.cpatlas.geo.LayerSnapshotTestAccess.assertSameLayer(again, first);
        assertThat(Files.readAllBytes(kept)).as("written whole again").isEqualTo(bytes);
    }

    @Test
    void aCacheThatCannotBeWrittenOnlyMeansTheLayerIsDecodedEachTime() throws Exception {
        Path notAFolder = cache.resolve("layers");
        Files.writeString(notAFolder, "a file where the folder should be");
        ShapefileParts regions = ShapefileParts.open(Path.of("maps", "regions.shp"));

        FeatureLayer first = read(regions, new LayerSnapshotFiles(notAFolder));
        FeatureLayer second = read(regions, new LayerSnapshotFiles(notAFolder));

        assertThat(second.size()).isEqualTo(first.size()).isEqualTo(14);
    }

    @Test
    void onlyTheNewestSnapshotsAreKept() throws Exception {
        LayerSnapshotFiles kept = new LayerSnapshotFiles(cache.resolve("layers"));
        ShapefileParts regions = ShapefileParts.open(Path.of("maps", "regions.shp"));
        FeatureLayer layer = new ShapefileReader().read(regions);
        for (int i = 0; i < LayerSnapshotFiles.KEPT + 3; i++) {
            kept.remember("key " + i, layer);
            Files.setLastModifiedTime(files().stream().filter(f -> !isOlder(f)).findFirst().orElseThrow(),
                    FileTime.fromMillis(1_000_000L * (i + 1)));
        }

        assertThat(files()).hasSize(LayerSnapshotFiles.KEPT);
        assertThat(kept.recall("key 0", new ShapefileReader().factory())).as("the oldest, let go").isEmpty();
        assertThat(kept.recall("key " + (LayerSnapshotFiles.KEPT + 2), new ShapefileReader().factory())).isPresent();
    }

    /** Files given an old time by the loop above; the one just written still has the clock's time. */
    private static boolean isOlder(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis() < 1_000_000_000L;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
