package org.cpatlas.geo;

import java.util.Optional;

/** The shape types of the ESRI shapefile specification; Z and M variants share the 2D layout of their base kind. */
public enum ShapeType {
    NULL(0, Kind.NULL, false, false),
    POINT(1, Kind.POINT, false, false),
    POLYLINE(3, Kind.LINE, false, false),
    POLYGON(5, Kind.POLYGON, false, false),
    MULTIPOINT(8, Kind.MULTIPOINT, false, false),
    POINT_Z(11, Kind.POINT, true, true),
    POLYLINE_Z(13, Kind.LINE, true, true),
    POLYGON_Z(15, Kind.POLYGON, true, true),
    MULTIPOINT_Z(18, Kind.MULTIPOINT, true, true),
    POINT_M(21, Kind.POINT, false, true),
    POLYLINE_M(23, Kind.LINE, false, true),
    POLYGON_M(25, Kind.POLYGON, false, true),
    MULTIPOINT_M(28, Kind.MULTIPOINT, false, true),
    MULTIPATCH(31, Kind.MULTIPATCH, true, true);

    /** The geometric kind of a shape type, whatever its Z/M variant. */
    public enum Kind { NULL, POINT, MULTIPOINT, LINE, POLYGON, MULTIPATCH }

    private final int code;
    private final Kind kind;
    private final boolean hasZ;
    private final boolean hasM;

    ShapeType(int code, Kind kind, boolean hasZ, boolean hasM) {
        this.code = code;
        this.kind = kind;
        this.hasZ = hasZ;
        this.hasM = hasM;
    }

    public int code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    public boolean hasZ() {
        return hasZ;
    }

    public boolean hasM() {
        return hasM;
    }

    public static Optional<ShapeType> fromCode(int code) {
        for (ShapeType type : values()) {
            if (type.code == code) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The plain-words name used in messages, e.g. "polygons". */
    public String describe() {
        return switch (kind) {
            case NULL -> "no geometry (null shapes only)";
            case POINT -> "points";
            case MULTIPOINT -> "multipoints";
            case LINE -> "lines";
            case POLYGON -> "polygons";
            case MULTIPATCH -> "3D multipatches";
        };
    }
}
