package org.cpatlas.map;

import java.util.concurrent.CompletableFuture;
import javafx.scene.image.Image;

/** Where the offline basemap gets its tiles: the atlas installs one when its map data are loaded. */
public interface TileSource {

    CompletableFuture<Image> tile(int zoom, long x, long y);

    /** The map has let go of this tile: a picture still to be made for it is not needed (JavaFX thread). */
    default void forget(int zoom, long x, long y) {
    }

    /**
     * A map view about to be replaced showed {@code picture} for this tile: the source may hand it back when a new
     * view asks for the tile, instead of a new picture (JavaFX thread). By default it is not kept.
     */
    default void keep(int zoom, long x, long y, Image picture) {
    }
}
