package org.cpatlas.settings;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One remembered value: its key in the settings file, its default, and which stored texts are valid for it (anything
 * else falls back to the default, so a hand-edited or damaged value never reaches the window).
 *
 * @param <T> the value's type
 */
public final class Setting<T> {

    /** Longest text kept for any setting: a folder path or a region code, never a document. */
    static final int MAX_TEXT = 4096;

    private final String key;
    private final T defaultValue;
    private final Function<String, Optional<T>> parser;
    private final Function<T, String> formatter;

    private Setting(String key, T defaultValue, Function<String, Optional<T>> parser, Function<T, String> formatter) {
        if (key == null || !key.matches("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9]+)*")) {
            throw new IllegalArgumentException("a setting key is dotted words of letters and digits: " + key);
        }
        this.key = key;
        this.defaultValue = defaultValue;
        this.parser = parser;
        this.formatter = formatter;
    }

    /** Text of at most 4,096 characters on one line; {@code defaultValue} may be null (nothing remembered). */
    public static Setting<String> text(String key, String defaultValue) {
        return new Setting<>(key, defaultValue,
                s -> s.length() <= MAX_TEXT && s.indexOf('\n') < 0 && s.indexOf('\r') < 0 ? Optional.of(s)
                        : Optional.empty(),
                s -> s);
    }

    /** One of a fixed set of words (case-sensitive), such as a language code. */
    public static Setting<String> oneOf(String key, String defaultValue, Set<String> allowed) {
        Set<String> words = Set.copyOf(allowed);
        return new Setting<>(key, defaultValue, s -> words.contains(s) ? Optional.of(s) : Optional.empty(), s -> s);
    }

    /** {@code true} or {@code false}. */
    public static Setting<Boolean> flag(String key, boolean defaultValue) {
        return new Setting<>(key, defaultValue, s -> switch (s) {
            case "true" -> Optional.of(Boolean.TRUE);
            case "false" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        }, String::valueOf);
    }

    /** A finite number from {@code min} to {@code max}; {@code defaultValue} may be null (nothing remembered). */
    public static Setting<Double> number(String key, Double defaultValue, double min, double max) {
        return new Setting<>(key, defaultValue, s -> {
            try {
                double v = Double.parseDouble(s);
                return Double.isFinite(v) && v >= min && v <= max ? Optional.of(v) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }, Setting::plainNumber);
    }

    /** A constant of an enum, stored by its name. */
    public static <E extends Enum<E>> Setting<E> choice(String key, Class<E> type, E defaultValue) {
        return new Setting<>(key, defaultValue, s -> Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(s)).findFirst(), Enum::name);
    }

    /** Whole numbers are written without ".0", so the file reads as a person would write it. */
    static String plainNumber(Double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf(v.longValue()) : String.format(Locale.ROOT,
                "%s", v);
    }

    public String key() {
        return key;
    }

    /** The value when nothing (valid) is stored; may be null for settings that remember "nothing yet". */
    public T defaultValue() {
        return defaultValue;
    }

    /** The value a stored text stands for, or empty when the text is not valid for this setting. */
    public Optional<T> parse(String stored) {
        return stored == null ? Optional.empty() : parser.apply(stored.strip());
    }

    /** The text to store for a value. */
    public String format(T value) {
        return formatter.apply(Objects.requireNonNull(value, "value"));
    }

    @Override
    public String toString() {
        return key;
    }
}
