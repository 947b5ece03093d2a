package org.cpatlas.render;

import java.awt.geom.Point2D;
import org.locationtech.jts.geom.Envelope;

/**
 * What a map shows: a centre, a web-Mercator zoom and a size in pixels. The same viewport drives the window,
 * the basemap tiles, print and export, so every output agrees on extent and scale.
 *
 * @param centerLon longitude of the centre, degrees
 * @param centerLat latitude of the centre, degrees
 * @param zoom      fractional web-Mercator zoom (0 = the world in one 256 px tile)
 * @param width     width in pixels (device pixels of the output)
 * @param height    height in pixels
 */
public record MapViewport(double centerLon, double centerLat, double zoom, double width, double height) {

    public MapViewport {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("viewport size must be positive: " + width + " x " + height);
        }
        if (!Double.isFinite(zoom) || zoom < 0 || zoom > 22) {
            throw new IllegalArgumentException("zoom out of range 0..22: " + zoom);
        }
    }

    /** The viewport that shows the whole envelope (lon/lat) in a frame of this size, with a margin in pixels. */
    public static MapViewport fitting(Envelope lonLat, double width, double height, double marginPx) {
        double usableW = Math.max(1, width - 2 * marginPx);
        double usableH = Math.max(1, height - 2 * marginPx);
        double x0 = WebMercator.lonToX(lonLat.getMinX(), 0);
        double x1 = WebMercator.lonToX(lonLat.getMaxX(), 0);
        double y0 = WebMercator.latToY(lonLat.getMaxY(), 0);
        double y1 = WebMercator.latToY(lonLat.getMinY(), 0);
        double spanX = Math.max(x1 - x0, 1e-9);
        double spanY = Math.max(y1 - y0, 1e-9);
        double zoom = Math.log(Math.min(usableW / spanX, usableH / spanY)) / Math.log(2);
        zoom = Math.max(0, Math.min(22, zoom));
        double centerLon = WebMercator.xToLon((x0 + x1) / 2, 0);
        double centerLat = WebMercator.yToLat((y0 + y1) / 2, 0);
        return new MapViewport(centerLon, centerLat, zoom, width, height);
    }

    /** The same ground extent drawn into another pixel size (e.g. the screen view printed at 300 DPI). */
    public MapViewport resizedKeepingExtent(double newWidth, double newHeight) {
        double factor = Math.min(newWidth / width, newHeight / height);
        double newZoom = zoom + Math.log(factor) / Math.log(2);
        return new MapViewport(centerLon, centerLat, Math.max(0, Math.min(22, newZoom)), newWidth, newHeight);
    }

    public MapViewport withSize(double newWidth, double newHeight) {
        return new MapViewport(centerLon, centerLat, zoom, newWidth, newHeight);
    }

    /** World-pixel x of the left edge. */
    public double originX() {
        return WebMercator.lonToX(centerLon, zoom) - width / 2;
    }

    /** World-pixel y of the top edge. */
    public double originY() {
        return WebMercator.latToY(centerLat, zoom) - height / 2;
    }

    public double screenX(double lon) {
        return WebMercator.lonToX(lon, zoom) - originX();
    }

    public double screenY(double lat) {
        return WebMercator.latToY(lat, zoom) - originY();
    }

    public Point2D.Double toScreen(double lon, double lat) {
        return new Point2D.Double(screenX(lon), screenY(lat));
    }

    /** Longitude/latitude under a pixel (x = lon, y = lat). */
    public Point2D.Double toLonLat(double x, double y) {
        return new Point2D.Double(WebMercator.xToLon(x + originX(), zoom), WebMercator.yToLat(y + originY(), zoom));
    }

    /** The lon/lat envelope that this viewport shows. */
    public Envelope lonLatBounds() {
        Point2D.Double topLeft = toLonLat(0, 0);
        Point2D.Double bottomRight = toLonLat(width, height);
        return new Envelope(topLeft.x, bottomRight.x, bottomRight.y, topLeft.y);
    }

    /** Ground metres per pixel at the centre latitude (what a scale bar measures). */
    public double metresPerPixel() {
        return WebMercator.metresPerPixel(centerLat, zoom);
    }
}
