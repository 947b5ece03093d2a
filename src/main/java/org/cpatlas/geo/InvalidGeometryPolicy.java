package org.cpatlas.geo;

/** What {@link ShapefileReader} does with invalid polygons (self-intersections, rings too short to enclose an area). */
public enum InvalidGeometryPolicy {
    /** Fail with a {@link ShapefileException} naming the first invalid record: the default, nothing is hidden. */
    FAIL,
    /** Repair them with JTS {@code GeometryFixer}; rings too short to enclose an area are dropped. */
    REPAIR,
    /**
     * Do not check: for layers built and checked by the project's own map build, where checking every load is wasted
     * time. Rings too short to enclose an area are still dropped, as JTS cannot hold them.
     */
    TRUST
}
