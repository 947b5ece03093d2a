package org.cpatlas.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Greedy label placement: labels are offered in priority order and each is kept only if its box
 * does not overlap one already kept. Deterministic, so neighbouring tiles agree on what is drawn.
 */
public final class LabelPlacer {

    private final List<Rectangle2D> taken = new ArrayList<>();
    private final double padding;

    public LabelPlacer(double padding) {
        this.padding = padding;
    }

    /** Keeps the box if it is free; returns whether it was kept. */
    public boolean tryPlace(Rectangle2D box) {
        Rectangle2D padded = new Rectangle2D.Double(box.getX() - padding, box.getY() - padding,
                box.getWidth() + 2 * padding, box.getHeight() + 2 * padding);
        for (Rectangle2D other : taken) {
            if (other.intersects(padded)) {
                return false;
            }
        }
        taken.add(padded);
        return true;
    }

    /** Reserves space (a legend, a title) that no label may cover. */
    public void reserve(Rectangle2D box) {
        taken.add(box);
    }
}
