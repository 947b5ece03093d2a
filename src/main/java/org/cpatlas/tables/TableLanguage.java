package org.cpatlas.tables;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The language a table's headers, units, flags and qualifiers are worded in: the window's interface language, or
 * English on the command line. Names of places are always given in both languages, as columns of their own.
 */
public enum TableLanguage {
    ENGLISH(Locale.ENGLISH),
    CHINESE(Locale.SIMPLIFIED_CHINESE);

    private static final String BUNDLE = "org.cpatlas.tables.words";
    // Without it ResourceBundle falls back to the JVM's default locale: a Chinese desktop would get Chinese words
    // in an English table.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;

    TableLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public boolean isChinese() {
        return this == CHINESE;
    }

    /** The Chinese or the English of a pair, by this language. */
    public String pick(String zh, String en) {
        return isChinese() ? zh : en;
    }

    /** The words for a key in this language; an unknown key shows as !key! so a gap is visible, not blank. */
    public String text(String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
