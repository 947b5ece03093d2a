package org.cpatlas.render;

/**
 * A scale bar of a round length (1, 2 or 5 × 10^n km or m) no longer than the space given,
 * measured at the latitude of the map centre, where web Mercator's scale is exact along the parallel.
 *
 * @param metres     ground length the bar stands for
 * @param lengthPx   its length in output pixels
 * @param label      "500 km", "200 m"
 */
public record ScaleBar(double metres, double lengthPx, String label) {

    /** The longest round bar that fits in maxLengthPx at this many ground metres per output pixel. */
    public static ScaleBar fitting(double metresPerPixel, double maxLengthPx) {
        if (!(metresPerPixel > 0) || !(maxLengthPx > 0)) {
            throw new IllegalArgumentException("scale bar needs positive metres per pixel and length");
        }
        double maxMetres = metresPerPixel * maxLengthPx;
        double magnitude = Math.pow(10, Math.floor(Math.log10(maxMetres)));
        double best = magnitude;
        for (double step : new double[] {5, 2, 1}) {
            if (step * magnitude <= maxMetres) {
                best = step * magnitude;
                break;
            }
        }
        String label = best >= 1000 ? trim(best / 1000) + " km" : trim(best) + " m";
        return new ScaleBar(best, best / metresPerPixel, label);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
