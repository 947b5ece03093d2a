package org.cpatlas.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.cpatlas.files.NewestKept;
import org.cpatlas.geo.FeatureLayer;
import org.cpatlas.geo.LayerSnapshotCodec;
import org.cpatlas.geo.LayerSnapshots;
import org.locationtech.jts.geom.GeometryFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decoded map layers kept as files in a folder of the user's cache directory, one per layer content
 * ({@link LayerSnapshotCodec}), so the window's next start reads its maps without decoding the shapefiles. A cache and
 * nothing more: a snapshot that is missing, damaged, of another version or of other files is decoded anew and
 * written again; a folder that cannot be written only means the next start decodes too. The newest
 * {@link #KEPT} snapshots are kept, so maps that change do not fill the disk.
 */
final class LayerSnapshotFiles implements LayerSnapshots {

    private static final Logger LOG = LoggerFactory.getLogger(LayerSnapshotFiles.class);
    /** The bundled maps have six layers (and their lighter copies for small scales); a user's maps a few more. */
    static final int KEPT = 16;
    private static final String SUFFIX = ".layer";

    private final Path folder;

    LayerSnapshotFiles(Path folder) {
        this.folder = folder;
    }

    /** The snapshots in the user's cache directory. */
    static LayerSnapshotFiles inCache(UserDirectories dirs) {
        return new LayerSnapshotFiles(dirs.cacheDirectory().resolve("layers"));
    }

    @Override
    public Optional<FeatureLayer> recall(String key, GeometryFactory factory) {
        Path file = fileOf(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            FeatureLayer layer = LayerSnapshotCodec.decode(Files.readAllBytes(file), key, factory);
            NewestKept.markUsed(file);
            return Optional.of(layer);
        } catch (IOException | RuntimeException e) {
            LOG.info("the decoded copy {} cannot be used ({}); the layer is read from its files again", file,
                    e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void remember(String key, FeatureLayer layer) {
        if (!LayerSnapshotCodec.canEncode(layer)) {
            return;
        }
        Path file = fileOf(key);
        try {
            Files.createDirectories(folder);
            org.cpatlas.files.PartFiles.writeWhole(file, LayerSnapshotCodec.encode(key, layer));
            keepNewest();
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot keep a decoded copy of {} in {}; it is decoded again at the next start", layer.name(),
                    folder, e);
        }
    }

    /**
     * One file per key, named by two checksums of it: keys hold slashes and may be longer than a file name can be.
     * Two keys with one name only share a file: each snapshot holds its key, so the other is read from its files and
     * written over it. (A cryptographic digest here set up Java's security providers, a tenth of the recall.)
     */
    private Path fileOf(String key) {
        return folder.resolve(org.cpatlas.files.TwoChecksums.hex(key.getBytes(StandardCharsets.UTF_8)) + SUFFIX);
    }

    private void keepNewest() throws IOException {
        NewestKept.prune(folder, file -> file.getFileName().toString().endsWith(SUFFIX), KEPT);
    }
}
