package org.cpatlas.render;

/**
 * Spherical (web) Mercator in the pixel convention of slippy-map tiles, the one Gluon Maps uses:
 * at zoom z the world is 256·2^z pixels wide, x grows east from 180°W, y grows south from 85.0511°N.
 * Print and export use the same projection so a printed map matches the screen.
 */
public final class WebMercator {

    public static final double TILE_SIZE = 256.0;
    public static final double MAX_LATITUDE = 85.05112878;
    /** WGS84 equatorial radius, the sphere of web Mercator. */
    public static final double EARTH_RADIUS_M = 6_378_137.0;

    private WebMercator() {
    }

    public static double worldSize(double zoom) {
        return TILE_SIZE * Math.pow(2, zoom);
    }

    public static double lonToX(double lon, double zoom) {
        return (lon + 180.0) / 360.0 * worldSize(zoom);
    }

    public static double latToY(double lat, double zoom) {
        double clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
        double rad = Math.toRadians(clamped);
        double merc = Math.log(Math.tan(Math.PI / 4 + rad / 2));
        return (1 - merc / Math.PI) / 2 * worldSize(zoom);
    }

    public static double xToLon(double x, double zoom) {
        return x / worldSize(zoom) * 360.0 - 180.0;
    }

    public static double yToLat(double y, double zoom) {
        double n = Math.PI * (1 - 2 * y / worldSize(zoom));
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }

    /** Ground metres covered by one pixel at this latitude and zoom (Mercator stretches by 1/cos φ). */
    public static double metresPerPixel(double lat, double zoom) {
        return 2 * Math.PI * EARTH_RADIUS_M * Math.cos(Math.toRadians(lat)) / worldSize(zoom);
    }

    /** Degrees of longitude per pixel at this zoom: the natural simplification tolerance of a zoom level. */
    public static double degreesPerPixel(double zoom) {
        return 360.0 / worldSize(zoom);
    }
}
