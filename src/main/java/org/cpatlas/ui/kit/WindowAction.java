package org.cpatlas.ui.kit;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * What the user can do in the window, with its keyboard shortcut: one list that the tooltips, the accelerators and
 * the shortcuts dialog (F1) all read, so that they never disagree. The texts are in {@code window*.properties}:
 * {@code tip.KEY} says what the action does, {@code keys.KEY} (when the keys are not one combination) how to do it.
 */
public enum WindowAction {
    FIND("find", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN)),
    SELECT("select", null),
    CLEAR_SELECTION("clearSelection", new KeyCodeCombination(KeyCode.ESCAPE)),
    ZOOM_IN("zoomIn", null),
    ZOOM_OUT("zoomOut", null),
    ZOOM_TO_REGION("zoomToRegion", null),
    PAN("pan", null),
    WHOLE_COUNTRY("wholeCountry", new KeyCodeCombination(KeyCode.HOME)),
    LANGUAGE("language", null),
    THEME("theme", null),
    PRINT("print", new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN)),
    EXPORT("export", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN)),
    HELP("help", null),
    SHORTCUTS("shortcuts", new KeyCodeCombination(KeyCode.F1)),
    QUIT("quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));

    private final String key;
    private final KeyCombination keys;

    WindowAction(String key, KeyCombination keys) {
        this.key = key;
        this.keys = keys;
    }

    /** The key of its texts ({@code tip.KEY}, {@code keys.KEY}). */
    public String key() {
        return key;
    }

    /** Its one key combination, when it has one (others are described in words, such as the arrow keys). */
    public Optional<KeyCombination> keys() {
        return Optional.ofNullable(keys);
    }

    /**
     * The combination as the platform writes it ("Ctrl+P" on Linux and Windows, "⌘P" on macOS), or "" when it has
     * none. The shortcuts dialog also lists the second key of help ({@code ?}) and the map's keys.
     */
    public String shortcutText() {
        return keys == null ? "" : keys.getDisplayText();
    }

    /** The action whose button is labelled by this interface text key ("toolbar.print" → PRINT), if any. */
    public static Optional<WindowAction> forLabel(String labelKey) {
        String key = switch (labelKey) {
            case "toolbar.reset" -> "wholeCountry";
            case "toolbar.print" -> "print";
            case "toolbar.export" -> "export";
            case "toolbar.zoomIn" -> "zoomIn";
            case "toolbar.zoomOut" -> "zoomOut";
            case "toolbar.search" -> "find";
            default -> "";
        };
        return Arrays.stream(values()).filter(a -> a.key.equals(key)).findFirst();
    }

    /** The actions in the order the shortcuts dialog lists them. */
    public static List<WindowAction> inHelpOrder() {
        return List.of(FIND, SELECT, CLEAR_SELECTION, ZOOM_IN, ZOOM_OUT, ZOOM_TO_REGION, PAN, WHOLE_COUNTRY, PRINT,
                EXPORT, SHORTCUTS, QUIT);
    }
}
