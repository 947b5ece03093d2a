package org.cpatlas.ui.help;

import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.cpatlas.ui.kit.WindowAction;
import org.cpatlas.ui.kit.WindowTexts;

/** The keyboard shortcuts, two columns (keys, action), from the one list in {@link WindowAction}. */
final class ShortcutsView extends GridPane {

    ShortcutsView(WindowTexts texts) {
        getStyleClass().add("shortcuts-view");
        setHgap(24);
        setVgap(6);
        setPadding(new Insets(4));
        setAccessibleRole(AccessibleRole.TABLE_VIEW);
        setAccessibleText(texts.get("help.shortcuts"));
        add(heading(texts.get("help.shortcuts.keys")), 0, 0);
        add(heading(texts.get("help.shortcuts.action")), 1, 0);
        int row = 1;
        for (WindowAction action : WindowAction.inHelpOrder()) {
            Label keys = new Label(texts.keysOf(action));
            keys.getStyleClass().add("shortcut-keys");
            Label what = new Label(texts.get("tip." + action.key()));
            what.setWrapText(true);
            what.setMaxWidth(420);
            add(keys, 0, row);
            add(what, 1, row);
            row++;
        }
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-bold");
        return label;
    }
}
