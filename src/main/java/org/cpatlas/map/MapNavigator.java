package org.cpatlas.map;

import com.gluonhq.maps.MapView;
import javafx.application.Platform;
import org.cpatlas.render.MapViewport;
import org.locationtech.jts.geom.Envelope;

/**
 * An invisible layer that gives the atlas what MapView does not expose: the current zoom and centre after mouse
 * zooming (MapView.getZoom() only reports the last requested zoom), pan/zoom by pixels for keyboard navigation,
 * and whole-pixel, whole-level placement of the map. It reaches them through the protected base map, as every
 * MapLayer may.
 */
public final class MapNavigator extends ZoomFollowingLayer {

    /** The deepest level the atlas zooms to: county detail is fully resolved well before it. */
    private static final int MAX_ZOOM = 12;

    private final MapView mapView;
    private final java.util.List<Runnable> viewListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private boolean pruneScheduled;
    /**
     * The view at which the basemap was hidden with its pictures ({@link #hideBasemap}), or null: shown again there
     * as it is; once the map moves, its pictures are let go.
     */
    private MapViewport hiddenAt;

    public MapNavigator(MapView mapView) {
        this.mapView = mapView;
        setMouseTransparent(true);
        setManaged(false);
    }

    /** Called after every move or zoom of the map, on the JavaFX thread (scale bar, status line). */
    public void addViewListener(Runnable listener) {
        viewListeners.add(listener);
    }

    /**
     * Keeps the map on whole pixels. A tile or cached layer drawn at a fractional offset is resampled on every
     * frame, which in the software pipeline costs 7x an aligned copy (35 vs 5 ms for a 1920x1080 grid of tiles);
     * at whole pixels a pan is a plain copy and the basemap stays sharp. The error is under half a pixel.
     */
    @Override
    protected void initialize() {
        super.initialize();
        snapToWholePixels(baseMap.translateXProperty());
        snapToWholePixels(baseMap.translateYProperty());
        BlankBasemapHold.install(this, baseMap);
    }

    private static void snapToWholePixels(javafx.beans.property.DoubleProperty translate) {
        translate.addListener((o, old, value) -> {
            double whole = Math.rint(value.doubleValue());
            if (whole != value.doubleValue()) {
                translate.set(whole);
            }
        });
    }

    @Override
    protected void layoutLayer() {
        if (hiddenAt != null && !hiddenAt.equals(viewport())) {
            // Moved: the hidden pictures would never be shown as they are. Let go of them now, the tiles left without
            // a picture, as a blank basemap's are (the map view is made anew when the basemap shows again).
            hiddenAt = null;
            TileRetention.dropPictures(baseMap);
            // With no picture left it shows nothing opaque either; a transparent base map, once the blank basemap's
            // hold has taken its tiles (BlankBasemapHold), made every pan frame a third dearer to paint.
            baseMap.setOpacity(1);
        }
        viewListeners.forEach(Runnable::run);
        // MapView lays out its layers before the base map, which only then drops the tiles that left the view: pruning
        // here would always be one move behind, leaving the previous view's tiles (a whole zoom level of them after a
        // zoom) decoded in memory until the map moves again. So prune once the pulse is over.
        if (!pruneScheduled) {
            pruneScheduled = true;
            Platform.runLater(() -> {
                pruneScheduled = false;
                TileRetention.prune(baseMap);
            });
        }
    }

    /**
     * The view {@link #show} makes of an envelope in a map of this size: centred on it, at the largest whole level
     * that still fits it (Gluon Maps refuses zooms where the world is smaller than the view; 1 is always allowed).
     */
    public static MapViewport showing(Envelope lonLat, double width, double height, double marginPx) {
        MapViewport fit = MapViewport.fitting(lonLat, Math.max(1, width), Math.max(1, height), marginPx);
        double zoom = Math.max(1, Math.min(MAX_ZOOM, Math.floor(fit.zoom() + 1e-9)));
        return new MapViewport(fit.centerLon(), fit.centerLat(), zoom, fit.width(), fit.height());
    }

    /**
     * Hides the basemap's tiles, keeping them and their pictures, under a county or province indicator (whose tiles
     * draw the basemap themselves, see {@code TileService#showBlank}): if the map has not moved when the basemap
     * shows again ({@link #showHiddenBasemap}), they are shown as they are. A map view made anew at each such switch
     * made, styled and laid out a screenful of new tiles, asked the tile source for their pictures (new ones for the
     * ring around the view), and moved the whole overlay into it, which styled every node of it again; and the old
     * view's pictures were promoted before they died. Once the map moves the pictures are let go (see
     * {@link #layoutLayer}), and the base map, empty now, is made opaque again. False if this layer is on no map yet (then nothing is
     * hidden).
     */
    public boolean hideBasemap() {
        if (baseMap == null || baseMap.getParent() == null) {
            return false;
        }
        // Transparent rather than invisible: the map view with an invisible base map did not repaint its layers
        // as the map panned (a pan frame painted nothing; seen in bench/'s frames under a county choropleth), and
        // JavaFX paints no node of opacity 0 either.
        baseMap.setOpacity(0);
        hiddenAt = viewport();
        return true;
    }

    /**
     * Shows the basemap hidden by {@link #hideBasemap} again, as it was; false if the map has moved since (its
     * pictures let go: the caller makes a new map view, which asks for its tiles) or nothing is hidden.
     */
    public boolean showHiddenBasemap() {
        boolean kept = hiddenAt != null && baseMap != null && hiddenAt.equals(viewport());
        hiddenAt = null;
        if (kept) {
            baseMap.setOpacity(1);
        }
        return kept;
    }

    /** True while the basemap is hidden with its pictures, to be shown again as it is (for tests). */
    public boolean basemapHidden() {
        return hiddenAt != null;
    }

    /**
     * Offers the installed tile source the pictures of the basemap's tiles in view (see {@link TileSource#keep}),
     * before this map view is replaced by a new one: under a county or province indicator the basemap shows none,
     * and the new view of the switch back can then show these pictures instead of new ones.
     */
    public void offerBasemapPictures() {
        if (baseMap == null || hiddenAt != null) {
            return; // hidden (hideBasemap): the map shows none of them; they may be of another theme's source
        }
        TileRetention.drawnLevel(baseMap).ifPresent(drawn -> drawn.tiles()
                .forEach(tile -> TileSources.keep(drawn.level(), tile.i(), tile.j(), tile.picture())));
    }

    /** The zoom actually shown. */
    public double zoom() {
        return baseMap == null ? mapView.getZoom() : baseMap.zoom().get();
    }

    /** What the map shows now, as a viewport the printer and exporter can reproduce. */
    public MapViewport viewport() {
        double w = Math.max(1, mapView.getWidth());
        double h = Math.max(1, mapView.getHeight());
        double lat = baseMap == null ? mapView.getCenter().getLatitude() : baseMap.centerLat().get();
        double lon = baseMap == null ? mapView.getCenter().getLongitude() : baseMap.centerLon().get();
        return new MapViewport(lon, lat, Math.max(0, Math.min(20, zoom())), w, h);
    }

    /** Moves the map content by pixels (positive dx shows what lies east). */
    public void panBy(double dx, double dy) {
        if (baseMap != null) {
            baseMap.moveX(dx);
            baseMap.moveY(dy);
        }
    }

    /** Zooms by a step (+1 doubles the scale) around a pixel of the map, keeping that pixel's place fixed. */
    public void zoomBy(double delta, double pivotX, double pivotY) {
        if (baseMap != null) {
            baseMap.zoom(delta, pivotX, pivotY);
            // Gluon Maps zooms around the pivot without keeping the world's top and bottom edges outside the view: a
            // zoom out around a point low in the view left a blank band above the world, which the next drag closed
            // at its first step, so the map jumped ahead of the mouse by the band's height (found by the window
            // soak). A move of nothing applies the same limits the drag does, now.
            baseMap.moveY(0);
        }
    }

    /**
     * Zooms by whole levels around a pixel, from the nearest whole level: the basemap is drawn for whole levels, so
     * this is where its tiles are shown at their own size, sharp and copied rather than resampled.
     */
    public void zoomSteps(int levels, double pivotX, double pivotY) {
        double now = zoom();
        // Gluon Maps refuses a zoom out to a level where the world is not taller than the view, the whole step, so
        // two notches from level 3 to 1 in a 700 px map did nothing at all (found by the window soak): stop at the
        // lowest level it allows instead, and never zoom in on a zoom out.
        double floor = Math.min(Math.rint(now), lowestZoom(mapView.getHeight()));
        double target = Math.max(floor, Math.min(MAX_ZOOM, Math.rint(now) + levels));
        if (target != now) {
            zoomBy(target - now, pivotX, pivotY);
        }
    }

    /**
     * The lowest whole level a map of this height can be zoomed out to: the first at which the world (256 px at
     * level 0, twice as tall at each level) is taller than the view, and never below 1.
     */
    public static int lowestZoom(double viewHeight) {
        int level = 1;
        while (256 * Math.pow(2, level) <= viewHeight && level < MAX_ZOOM) {
            level++;
        }
        return level;
    }

    /** Settles a zoom left between levels (by a pinch) on the nearest whole level. */
    public void settleZoom(double pivotX, double pivotY) {
        zoomSteps(0, pivotX, pivotY);
    }

    /** Shows this centre at this zoom level, rounded to a whole level within the atlas's range (a view restored). */
    public void showCentre(double lon, double lat, double zoom) {
        double level = Math.max(1, Math.min(MAX_ZOOM, Math.rint(zoom)));
        mapView.setZoom(level + 1e-7);
        mapView.setZoom(level);
        mapView.setCenter(lat + 1e-7, lon + 1e-7);
        mapView.setCenter(lat, lon);
    }

    /** Shows this lon/lat envelope, as large as the map allows at a whole zoom level, with a margin in pixels. */
    public void show(Envelope lonLat, double marginPx) {
        MapViewport target = showing(lonLat, mapView.getWidth(), mapView.getHeight(), marginPx);
        double zoom = target.zoom();
        // MapView only reacts when the requested zoom or centre changes, and mouse zooming does not update the
        // requested value: nudge both so the request always registers (as MapView itself does on resize).
        mapView.setZoom(zoom + 1e-7);
        mapView.setZoom(zoom);
        mapView.setCenter(target.centerLat() + 1e-7, target.centerLon() + 1e-7);
        mapView.setCenter(target.centerLat(), target.centerLon());
    }
}
