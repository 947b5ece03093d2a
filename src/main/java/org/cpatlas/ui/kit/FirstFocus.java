package org.cpatlas.ui.kit;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Gives a node the keyboard focus at start and keeps it there until the user first presses a key or a mouse button.
 * A node asks for the focus in vain while it cannot take it (not yet laid out, not yet visible), and a scene whose
 * focus owner is missing at a pulse, or when its window gets the focus, gives it to its first focusable control: the
 * atlas then started now and then with its search field focused instead of the map, so that the arrow keys and
 * + and - did nothing. Until the user acts, nobody but the scene moves the focus, so taking it back is safe.
 */
public final class FirstFocus {

    private final Scene scene;
    private final Node node;
    private final ChangeListener<Node> takeBack;
    private final EventHandler<InputEvent> userActed;

    private FirstFocus(Scene scene, Node node) {
        this.scene = scene;
        this.node = node;
        this.takeBack = (o, was, owner) -> {
            if (owner != node) {
                // Later: the scene hands out its focus in the middle of a pulse or of the window's focus change.
                Platform.runLater(node::requestFocus);
            }
        };
        this.userActed = e -> stop();
    }

    /** Focuses {@code node} of {@code scene} now and whenever the scene moves the focus before the user acts. */
    public static void give(Scene scene, Node node) {
        FirstFocus focus = new FirstFocus(scene, node);
        scene.focusOwnerProperty().addListener(focus.takeBack);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, focus.userActed);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, focus.userActed);
        Platform.runLater(node::requestFocus);
    }

    private void stop() {
        scene.focusOwnerProperty().removeListener(takeBack);
        scene.removeEventFilter(MouseEvent.MOUSE_PRESSED, userActed);
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, userActed);
    }
}
