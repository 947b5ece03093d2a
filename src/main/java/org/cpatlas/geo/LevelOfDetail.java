package org.cpatlas.geo;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Geometries of a layer simplified once per integer zoom level, to half a pixel of that level, and cached.
 * Drawing a country-wide layer at full detail would project hundreds of thousands of vertices that land
 * on the same pixel; this keeps the work per frame or tile proportional to what can be seen.
 * Douglas-Peucker rather than topology-preserving simplification: at half a pixel any crossing is invisible,
 * and it is several times faster, which matters because levels are built while the user zooms.
 */
public final class LevelOfDetail {

    /** Beyond this level the source (quantised to 1/1024°, about 100 m) has no more detail to give. */
    public static final int MAX_LEVEL = 11;

    private final List<Geometry> source;
    private final ConcurrentHashMap<Integer, List<Geometry>> levels = new ConcurrentHashMap<>();

    public LevelOfDetail(List<Geometry> source) {
        this.source = List.copyOf(source);
    }

    /** The geometries to draw at this (fractional) zoom, same order as the source. */
    public List<Geometry> at(double zoom) {
        int level = (int) Math.floor(zoom);
        if (level >= MAX_LEVEL) {
            return source;
        }
        return levels.computeIfAbsent(Math.max(0, level), this::simplify);
    }

    public List<Geometry> source() {
        return source;
    }

    /** Total vertices at a level: what a frame at that zoom has to project. */
    public int vertexCount(double zoom) {
        return at(zoom).stream().mapToInt(Geometry::getNumPoints).sum();
    }

    private List<Geometry> simplify(int level) {
        // Tolerance of the next level: a fractional zoom up to level+1 must still look exact.
        double tolerance = 0.5 * 360.0 / (256.0 * Math.pow(2, level + 1));
        // Where simplification keeps every vertex (most features from level 7 on: the source is already simplified
        // by the map build), share the source geometry instead of holding an identical copy per level.
        return source.stream().map(g -> {
            Geometry simplified = DouglasPeuckerSimplifier.simplify(g, tolerance);
            return simplified.getNumPoints() == g.getNumPoints() && simplified.equalsExact(g) ? g : simplified;
        }).toList();
    }
}
