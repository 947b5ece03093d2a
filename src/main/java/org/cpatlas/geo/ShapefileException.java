package org.cpatlas.geo;

import java.util.Objects;

/**
 * A shapefile layer that cannot be read: the message names the file, says what is wrong and what to do.
 *
 * <p>Unchecked because a layer that cannot be read is a user-facing condition reported once at the edge (CLI, dialog),
 * not something each caller in between can repair.
 */
public final class ShapefileException extends RuntimeException {

    /** What went wrong, so a UI can pick an icon or a help link without parsing the message. */
    public enum Reason {
        MISSING_FILE,
        NOT_A_FILE,
        EMPTY_FILE,
        TRUNCATED,
        BAD_HEADER,
        CORRUPT_RECORD,
        RECORD_COUNT_MISMATCH,
        UNSUPPORTED_SHAPE_TYPE,
        WRONG_GEOMETRY_TYPE,
        INVALID_GEOMETRY,
        EMPTY_LAYER,
        ENCODING,
        PROJECTED_CRS,
        NOT_LON_LAT,
        READ_ERROR,
        /** More than the atlas can hold in memory (see {@link LayerBudget}). */
        TOO_LARGE
    }

    private final Reason reason;
    private final String file;

    public ShapefileException(Reason reason, String file, String message) {
        this(reason, file, message, null);
    }

    public ShapefileException(Reason reason, String file, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.file = Objects.requireNonNull(file, "file");
    }

    public Reason reason() {
        return reason;
    }

    /** The file (path, or classpath location) the message is about. */
    public String file() {
        return file;
    }
}
