package org.cpatlas.geo;

/** What {@link ShapefileReader} does with invalid polygons (self-intersections, rings too short to enclose an area). */
public enum InvalidGeometryPolicy {
    /** Fail with a {@link ShapefileException} naming the first invalid record: the default, nothing is hidden. */
    FAIL,
    /** Repair them with JTS {@code GeometryFixer}; rings too short to enclose an area are dropped. */
    REPAIR,
    /**
     * Do not check: for tools that read layers checked elsewhere. Rings too short to enclose an area are still
     * dropped, as JTS cannot hold them, so a region made only of such rings silently reads as empty: the atlas's own
     * layers are never read so ({@link AtlasLayerPolicy}).
     */
    TRUST
}
