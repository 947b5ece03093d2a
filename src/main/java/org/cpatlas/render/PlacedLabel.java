package org.cpatlas.render;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * Where one label goes, in pixels of the viewport it was placed for: its text block's box and the point of the
 * feature it names. A label placed outside its feature ({@code leader}) is joined to that point by a leader line.
 *
 * @param kind    region or province
 * @param feature index of the feature in its layer
 * @param box     the text block (without halo), top-left origin
 * @param anchor  the point of the feature the label stands for (inside it)
 * @param leader  true when the label sits outside its feature and needs a leader line
 */
public record PlacedLabel(LabelKind kind, int feature, Rectangle2D box, Point2D anchor, boolean leader) {

    /** The point of the box nearest the anchor: where a leader line meets the label. */
    public Point2D leaderEnd() {
        double x = Math.max(box.getMinX(), Math.min(box.getMaxX(), anchor.getX()));
        double y = Math.max(box.getMinY(), Math.min(box.getMaxY(), anchor.getY()));
        return new Point2D.Double(x, y);
    }
}
