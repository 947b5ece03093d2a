package org.cpatlas.geo;

/** Lets tests of other packages compare layers the way {@link LayerSnapshotTest} does. */
public final class LayerSnapshotTestAccess {

    private LayerSnapshotTestAccess() {
    }

    /** Fails unless both layers hold the same features, attributes (with their types) and geometries. */
    public static void assertSameLayer(FeatureLayer actual, FeatureLayer expected) {
        LayerSnapshotTest.assertSameLayer(actual, expected);
    }
}
