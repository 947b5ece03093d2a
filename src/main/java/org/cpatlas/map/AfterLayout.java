package org.cpatlas.map;

import javafx.scene.Node;

/** Runs an action after the layout of every pulse while a node is in a scene. */
final class AfterLayout {

    private AfterLayout() {
    }

    /**
     * Registers {@code action} with the node's scene, and with the next one when the node moves: a map layer that
     * must see the base map as laid out for the frame, which Gluon Maps gives no callback for.
     */
    static void ofEachPulse(Node node, Runnable action) {
        node.sceneProperty().addListener((o, old, now) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(action);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(action);
            }
        });
    }
}
