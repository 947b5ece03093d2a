package org.cpatlas.print;

import java.awt.geom.Rectangle2D;

/**
 * One measured element of a page and where it sits, in points from the page's top-left corner: what the page layout
 * checks for overlaps, and what tests check.
 *
 * @param name e.g. "title", "map", "legend classes", "label 秦巴山区", "inset"
 */
public record PageBox(String name, Rectangle2D.Double box) {

    /** True when the two boxes share more than an edge. */
    public boolean overlaps(PageBox other) {
        Rectangle2D.Double a = box;
        Rectangle2D.Double b = other.box;
        return a.x < b.getMaxX() && b.x < a.getMaxX() && a.y < b.getMaxY() && b.y < a.getMaxY();
    }

    /** True when this box lies inside the area (an edge shared counts as inside). */
    public boolean inside(Rectangle2D area) {
        double eps = 1e-6;
        return box.x >= area.getMinX() - eps && box.y >= area.getMinY() - eps && box.getMaxX() <= area.getMaxX() + eps
                && box.getMaxY() <= area.getMaxY() + eps;
    }
}
