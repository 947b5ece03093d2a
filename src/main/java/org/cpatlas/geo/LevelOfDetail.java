package org.cpatlas.geo;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Geometries of a layer simplified once per integer zoom level, to half a pixel of that level, and cached.
 * Drawing a country-wide layer at full detail would project hundreds of thousands of vertices that land
 * on the same pixel; this keeps the work per frame or tile proportional to what can be seen.
 * Douglas-Peucker rather than topology-preserving simplification: at half a pixel any crossing is invisible,
 * and it is several times faster, which matters because levels are built while the user zooms.
 *
 * <p>The cache holds a bounded number of vertices: the least recently used levels beyond {@link #KEPT_VERTICES} are
 * dropped and built again if a zoom needs them.
 */
public final class LevelOfDetail {

    /** Beyond this level the source (quantised to 1/1024°, about 100 m) has no more detail to give. */
    public static final int MAX_LEVEL = 11;
    /**
     * Vertices of simplified copies kept per layer, about 6 MB: every level of the regions and provinces, two or three
     * of the counties, whose levels from zoom 6 on are nearly as large as the layer itself. Without a bound, the
     * county levels of every zoom ever visited would stay for the rest of the session, though they only serve to draw
     * tiles that are not yet in the disk cache.
     */
    static final long KEPT_VERTICES = 400_000;

    /** One level's geometries and how many vertices it holds beyond those it shares with the source. */
    private record Level(List<Geometry> geometries, long ownVertices) {
    }

    private final List<Geometry> source;
    private final long keptVertices;
    private final ConcurrentHashMap<Integer, Level> levels = new ConcurrentHashMap<>();
    /** Levels in order of use, least recent first, with their own vertices; guarded by itself. */
    private final LinkedHashMap<Integer, Long> recency = new LinkedHashMap<>(16, 0.75f, true);

    public LevelOfDetail(List<Geometry> source) {
        this(source, KEPT_VERTICES);
    }

    LevelOfDetail(List<Geometry> source, long keptVertices) {
        this.source = List.copyOf(source);
        this.keptVertices = keptVertices;
    }

    /** The geometries to draw at this (fractional) zoom, same order as the source. */
    public List<Geometry> at(double zoom) {
        int level = (int) Math.floor(zoom);
        if (level >= MAX_LEVEL) {
            return source;
        }
        int key = Math.max(0, level);
        // Built outside the lock below, so drawing at one level never waits for another level being built.
        Level built = levels.computeIfAbsent(key, this::simplify);
        used(key, built);
        return built.geometries();
    }

    public List<Geometry> source() {
        return source;
    }

    /** Total vertices at a level: what a frame at that zoom has to project. */
    public int vertexCount(double zoom) {
        return at(zoom).stream().mapToInt(Geometry::getNumPoints).sum();
    }

    /** Number of levels held now (for tests). */
    int keptLevels() {
        return levels.size();
    }

    /**
     * Marks a level used and drops the least recently used others while over the budget. A level dropped while
     * another thread is still drawing with it stays valid for that thread; at worst it is built once more.
     */
    private void used(int key, Level level) {
        synchronized (recency) {
            recency.put(key, level.ownVertices());
            long total = recency.values().stream().mapToLong(Long::longValue).sum();
            Iterator<Map.Entry<Integer, Long>> it = recency.entrySet().iterator();
            while (total > keptVertices && it.hasNext()) {
                Map.Entry<Integer, Long> eldest = it.next();
                if (eldest.getKey() == key) {
                    break; // the level in use is the most recent, and always kept
                }
                total -= eldest.getValue();
                it.remove();
                levels.remove(eldest.getKey());
            }
        }
    }

    private Level simplify(int level) {
        // Tolerance of the next level: a fractional zoom up to level+1 must still look exact.
        double tolerance = 0.5 * 360.0 / (256.0 * Math.pow(2, level + 1));
        // Where simplification keeps every vertex (most features from level 7 on: the source is already simplified
        // by the map build), share the source geometry instead of holding an identical copy per level.
        // Both the input and the output of the simplifier are left with cached Coordinate arrays (ScratchCopy):
        // simplify a scratch copy of the source, and keep a clean copy of the result.
        List<Geometry> geometries = source.stream().map(g -> {
            Geometry simplified = DouglasPeuckerSimplifier.simplify(ScratchCopy.of(g), tolerance);
            return simplified.getNumPoints() == g.getNumPoints() && simplified.equalsExact(g) ? g : simplified.copy();
        }).toList();
        long own = 0;
        for (int i = 0; i < geometries.size(); i++) {
            own += geometries.get(i) == source.get(i) ? 0 : geometries.get(i).getNumPoints();
        }
        return new Level(geometries, own);
    }
}
