package org.cpatlas.map;

import com.gluonhq.maps.tile.TileRetriever;
import java.util.concurrent.CompletableFuture;
import javafx.scene.image.Image;

/**
 * Gluon Maps' tile SPI, registered in META-INF/services so the map never falls back to downloading
 * OpenStreetMap tiles: every tile is drawn locally from the atlas's own vector layers.
 */
public final class OfflineTileRetriever implements TileRetriever {

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        return TileSources.tile(zoom, i, j);
    }
}
