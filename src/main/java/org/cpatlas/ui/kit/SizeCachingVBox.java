package org.cpatlas.ui.kit;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.layout.VBox;

/**
 * A VBox that remembers its computed sizes until something inside it asks for a new layout. JavaFX caches a
 * parent's sizes only when asked without a width or height; with wrapped text inside, every size query comes with
 * one, and a wrapped Label lays its text out again for each (nothing of it is cached). The map legend and the side
 * panels were so measured anew at every layout of the window around them: each click, and each frame of a pan.
 */
public class SizeCachingVBox extends VBox {

    private final Map<Query, Double> sizes = new HashMap<>();

    /**
     * One size query: which size, for which other dimension. Its equals and hashCode are written out: a record's own
     * are linked by an invokedynamic bootstrap on their first call, milliseconds of the window's first layout.
     */
    private record Query(int kind, double other) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Query q && kind == q.kind && Double.compare(other, q.other) == 0;
        }

        @Override
        public int hashCode() {
            return 31 * kind + Double.hashCode(other);
        }
    }

    public SizeCachingVBox() {
    }

    public SizeCachingVBox(double spacing) {
        super(spacing);
    }

    @Override
    public void requestLayout() {
        if (sizes != null) { // null while VBox's constructor runs, which asks for a layout already
            sizes.clear(); // a child changed, or this box: its sizes may have
        }
        super.requestLayout();
    }

    /**
     * The cached size, or the one computed now. Not computeIfAbsent: a control inside may make its skin while it is
     * measured and ask for a layout, which clears the cache in the middle of the computation.
     */
    private double cached(Query query, java.util.function.DoubleSupplier compute) {
        Double known = sizes.get(query);
        if (known != null) {
            return known;
        }
        double size = compute.getAsDouble();
        sizes.put(query, size);
        return size;
    }

    @Override
    protected double computeMinWidth(double height) {
        return cached(new Query(0, height), () -> super.computeMinWidth(height));
    }

    @Override
    protected double computePrefWidth(double height) {
        return cached(new Query(1, height), () -> super.computePrefWidth(height));
    }

    @Override
    protected double computeMinHeight(double width) {
        return cached(new Query(2, width), () -> super.computeMinHeight(width));
    }

    @Override
    protected double computePrefHeight(double width) {
        return cached(new Query(3, width), () -> super.computePrefHeight(width));
    }
}
