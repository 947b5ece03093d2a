package org.cpatlas.geo;

/**
 * How the atlas reads its own map layers (regions, provinces, counties, countries): one policy for the window and for
 * every command, so that a layer the window refuses is refused by {@code identify}, {@code export} and {@code atlas}
 * with the same words, and a layer a command reads, the window can show.
 *
 * <ul>
 *   <li>Polygons only: a layer of lines or points is refused, naming its shape type.</li>
 *   <li>Invalid polygons are refused ({@link InvalidGeometryPolicy#FAIL}), never dropped or repaired unasked: a region
 *       whose only ring is too short to enclose an area is an error, not a region that is silently absent. A layer's
 *       content already found valid is not checked again ({@link ValidityMemo}): the same bytes, the same verdict.</li>
 *   <li>The layers of one load share one memory budget ({@link LayerBudget#forOneLoad()}), sized for the window.</li>
 * </ul>
 */
public final class AtlasLayerPolicy {

    private AtlasLayerPolicy() {
    }

    /**
     * A reader for one load of the atlas's layers (make a new one for each load: the layers it reads share a budget).
     *
     * @param validated contents known to be valid, or {@link ValidityMemo#NONE}
     */
    public static ShapefileReader reader(ValidityMemo validated) {
        return reader(validated, LayerSnapshots.NONE);
    }

    /** As {@link #reader(ValidityMemo)}, returning layers decoded before from the same bytes from {@code kept}. */
    public static ShapefileReader reader(ValidityMemo validated, LayerSnapshots kept) {
        return new ShapefileReader(ShapefileReader.Options.defaults()
                .requirePolygons()
                .withInvalidGeometry(InvalidGeometryPolicy.FAIL)
                .withValidityMemo(validated)
                .withBudget(LayerBudget.forOneLoad())
                .withSnapshots(kept));
    }
}
