package org.cpatlas.ui.panel;

import java.util.List;
import javafx.scene.Node;

/**
 * Style classes set only where they change: any change to a node's classes, even one that puts back what was there,
 * styles the node again from scratch, and the panels set their rows' and labels' classes at every selection.
 */
final class StyleClasses {

    private StyleClasses() {
    }

    /** Gives the node the one class of {@code family} it should have ({@code wanted}, or none for null). */
    static void oneOf(Node node, List<String> family, String wanted) {
        var classes = node.getStyleClass();
        boolean right = (wanted == null || classes.contains(wanted))
                && family.stream().noneMatch(c -> !c.equals(wanted) && classes.contains(c));
        if (!right) {
            classes.removeAll(family);
            if (wanted != null) {
                classes.add(wanted);
            }
        }
    }

    /** Adds or removes one class. */
    static void toggle(Node node, String styleClass, boolean on) {
        oneOf(node, List.of(styleClass), on ? styleClass : null);
    }
}
