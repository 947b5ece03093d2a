package org.cpatlas.ui.kit;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Interface texts in Chinese or English, switchable while the window is open: views bind to
 * {@link #text(String, Object...)} so every label follows the language at once.
 */
public final class I18n {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "org.cpatlas.ui.messages";

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", ENGLISH);

    public I18n(Locale initial) {
        locale.set(initial);
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public boolean isChinese() {
        return CHINESE.getLanguage().equals(locale.get().getLanguage());
    }

    /** The text now; unknown keys show as !key! so a missing translation is visible, not blank. */
    public String get(String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale.get()).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale.get()).format(args);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** The text as a binding that follows the language. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    /** The language tables and figures are worded in: the interface's. */
    public org.cpatlas.tables.TableLanguage tableLanguage() {
        return isChinese() ? org.cpatlas.tables.TableLanguage.CHINESE : org.cpatlas.tables.TableLanguage.ENGLISH;
    }

    /** Picks the Chinese or the English of a pair of names by the interface language. */
    public String pick(String zh, String en) {
        return isChinese() ? zh : en;
    }
}
