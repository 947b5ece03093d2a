package org.cpatlas.map;

import javafx.scene.Group;
import javafx.scene.image.ImageView;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * Keeps the basemap on screen while the map zooms out. Gluon Maps covers a tile still loading with its parent from
 * the level below, magnified, so zooming in always shows something; zooming out it has nothing to show, as it drops
 * the tiles of higher levels at once. While a wheel turns, the levels it passes wait (see {@link TileService}), so
 * each notch out left the basemap blank until the wheel had been still. This layer, under the regions, shows the
 * last level whose tiles covered the view, scaled down, until the level the map is at has all its tiles in view.
 * It holds the pictures Gluon Maps drew; it draws none.
 */
public final class ZoomOutCover extends ZoomFollowingLayer {

    private final Group pictures = new Group();
    private final Translate origin = new Translate();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Runnable afterLayout = this::lookOverTheBasemap;
    /** The last level whose tiles all had their pictures in view. */
    private DrawnLevel drawn;
    /** The level whose pictures are on screen, or null. */
    private DrawnLevel shown;

    public ZoomOutCover() {
        setMouseTransparent(true);
        pictures.getTransforms().addAll(origin, scale);
        getChildren().add(pictures);
        // After the layout of every pulse: a level drawn whole is only known once its last tile has arrived, which
        // lays out the base map, not this layer.
        AfterLayout.ofEachPulse(this, afterLayout);
    }

    @Override
    protected void layoutLayer() {
        if (drawn == null || TileSources.blank() || TileRetention.currentLevel(baseMap) >= drawn.level()) {
            hide();
            return;
        }
        if (shown != drawn) {
            show(drawn);
        }
        origin.setX(baseMap.getTranslateX());
        origin.setY(baseMap.getTranslateY());
        double s = Math.pow(2, baseMap.zoom().get() - drawn.level());
        scale.setX(s);
        scale.setY(s);
    }

    /** How many pictures of a higher level are on screen, covering for the level the map is at. */
    public int picturesShown() {
        return pictures.getChildren().size();
    }

    private void lookOverTheBasemap() {
        if (baseMap == null) {
            return;
        }
        if (TileSources.blank()) {
            // No basemap shown (a county or province indicator draws its own), though its pictures may be kept,
            // hidden, for a switch back (MapNavigator#hideBasemap): nothing to cover with, nor to hold on to.
            drawn = null;
            hide();
            return;
        }
        TileRetention.drawnLevel(baseMap).ifPresent(level -> drawn = level);
        if (shown != null && TileRetention.currentLevel(baseMap) >= drawn.level()) {
            hide();
        }
    }

    private void show(DrawnLevel level) {
        pictures.getChildren().clear();
        for (DrawnLevel.Tile tile : level.tiles()) {
            ImageView view = new ImageView(tile.picture());
            view.setX(tile.i() * 256.0);
            view.setY(tile.j() * 256.0);
            view.setFitWidth(256); // as Gluon Maps shows it, whatever the picture's own size
            view.setFitHeight(256);
            pictures.getChildren().add(view);
        }
        shown = level;
    }

    private void hide() {
        if (shown != null) {
            pictures.getChildren().clear();
            shown = null;
        }
    }
}
