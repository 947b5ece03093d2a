package org.cpatlas.map;

import java.util.List;
import javafx.scene.image.Image;

/**
 * The basemap tiles of one level that covered the view with their pictures: what a zoom out can show, scaled down,
 * until the lower level is drawn.
 *
 * @param level the zoom level of the tiles
 * @param tiles the tiles in view, each with its column, row and picture
 */
record DrawnLevel(int level, List<Tile> tiles) {

    DrawnLevel {
        tiles = List.copyOf(tiles);
    }

    /** One drawn tile: its column {@code i}, row {@code j} and the picture Gluon Maps shows for it. */
    record Tile(long i, long j, Image picture) {
    }
}
