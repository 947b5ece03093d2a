package org.cpatlas.ui.kit;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;

/**
 * The texts of the window's help, tooltips and remembered settings, in their own bundle ({@code window*.properties})
 * and in the language {@link I18n} is set to, switching with it. Kept apart from {@link I18n}'s bundle because they
 * are long (the guide to reading the map, About) and change for other reasons than the panels' labels.
 */
public final class WindowTexts {

    private static final String BUNDLE = "org.cpatlas.ui.window";

    private final I18n i18n;

    public WindowTexts(I18n i18n) {
        this.i18n = i18n;
    }

    public I18n i18n() {
        return i18n;
    }

    /** The text now; an unknown key shows as !key! so a missing translation is visible, not blank. */
    public String get(String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, i18n.locale()).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, i18n.locale()).format(args);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** Whether the bundle has this key. */
    public boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, i18n.locale()).containsKey(key);
    }

    /** The text as a binding that follows the language. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), i18n.localeProperty());
    }

    /** What an action does and its keys, for its tooltip, following the language. */
    public StringBinding tooltip(WindowAction action) {
        return Bindings.createStringBinding(() -> keysOf(action).isEmpty()
                ? get("tip." + action.key())
                : get("tip.withShortcut", get("tip." + action.key()), keysOf(action)), i18n.localeProperty());
    }

    /**
     * The keys of an action as a user presses them: its combination as the platform writes it, or the words for
     * keys that are not one combination ("Arrow keys, or drag the map"); "" when it has none.
     */
    public String keysOf(WindowAction action) {
        String key = "keys." + action.key();
        return has(key) ? get(key, action.shortcutText()) : action.shortcutText();
    }
}
