package org.cpatlas.geo;

import org.locationtech.jts.geom.Geometry;

/**
 * A throw-away copy of a geometry for JTS operations that would otherwise leave memory behind on it. Our geometries
 * keep their vertices packed (PackedCoordinateSequence: 16 bytes a vertex), but JTS caches an array of Coordinate
 * objects (about 56 bytes a vertex) in any packed sequence that an algorithm asks for getCoordinates(), as validity
 * checking, Douglas-Peucker simplification and its own validity repair all do, and keeps it behind a soft reference
 * that is only cleared when the heap is nearly full: for the county layer alone that is some 13 MB. Running such
 * operations on a copy leaves the cache on the copy, which is garbage as soon as the operation returns.
 */
final class ScratchCopy {

    private ScratchCopy() {
    }

    static Geometry of(Geometry geometry) {
        return geometry.copy();
    }
}
