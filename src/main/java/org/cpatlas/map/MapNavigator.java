package org.cpatlas.map;

import com.gluonhq.maps.MapLayer;
import com.gluonhq.maps.MapView;
import javafx.application.Platform;
import org.cpatlas.render.MapViewport;
import org.locationtech.jts.geom.Envelope;

/**
 * An invisible layer that gives the atlas what MapView does not expose: the current fractional zoom and centre
 * after mouse zooming (MapView.getZoom() only reports the last requested zoom), and pan/zoom by pixels for
 * keyboard navigation. It reaches them through the protected base map, as every MapLayer may.
 */
public final class MapNavigator extends MapLayer {

    private final MapView mapView;
    private final java.util.List<Runnable> viewListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private boolean pruneScheduled;

    public MapNavigator(MapView mapView) {
        this.mapView = mapView;
        setMouseTransparent(true);
        setManaged(false);
    }

    /** Called after every move or zoom of the map, on the JavaFX thread (scale bar, status line). */
    public void addViewListener(Runnable listener) {
        viewListeners.add(listener);
    }

    @Override
    protected void layoutLayer() {
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
        }
    }

    /** Shows this lon/lat envelope, as large as the map allows, with a margin in pixels. */
    public void show(Envelope lonLat, double marginPx) {
        MapViewport target = MapViewport.fitting(lonLat, Math.max(1, mapView.getWidth()),
                Math.max(1, mapView.getHeight()), marginPx);
        // Gluon Maps refuses zooms where the world is smaller than the view; 1 is always allowed.
        double zoom = Math.max(1, Math.min(12, target.zoom()));
        // MapView only reacts when the requested zoom or centre changes, and mouse zooming does not update the
        // requested value: nudge both so the request always registers (as MapView itself does on resize).
        mapView.setZoom(zoom + 1e-7);
        mapView.setZoom(zoom);
        mapView.setCenter(target.centerLat() + 1e-7, target.centerLon() + 1e-7);
        mapView.setCenter(target.centerLat(), target.centerLon());
    }
}
