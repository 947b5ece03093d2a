package org.cpatlas.ui.map;

import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * Keeps the controls floated over the map (legend, scale bar, zoom buttons, the indicator picker) as pictures that
 * JavaFX paints again only when they change. Every frame of a pan or a zoom repaints the whole map, and everything
 * over it: in the software pipeline each control was drawn anew from its shapes at every frame (the rounded
 * backgrounds through the rasteriser, since the window turns JavaFX's background cache off to save memory, and
 * every text glyph by glyph), about a tenth of the render thread's time in a flight recording of a zoom. Kept as
 * a picture, a control is a copy. The map and the hover tip's layer, as large as the map, are left alone: a picture of
 * that layer would be blended over the whole map at every frame. The inset is a picture already.
 */
final class ControlPictures {

    private ControlPictures() {
    }

    /**
     * Caches, now and whenever one is added, every control of {@code pane} but what {@code notControl} tells apart:
     * the map itself (a new one for each theme) and the layers as large as it (the hover tip's).
     */
    static void keep(Pane pane, Predicate<Node> notControl) {
        pane.getChildren().forEach(node -> keep(node, notControl));
        pane.getChildren().addListener((ListChangeListener<Node>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(node -> keep(node, notControl));
            }
        });
    }

    private static void keep(Node node, Predicate<Node> notControl) {
        node.setCache(node instanceof Region && !notControl.test(node));
    }
}
