package org.cpatlas.settings;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers a record field by field, under {@code prefix.field}: enums by name, text, numbers, true/false, paths,
 * and records inside it (a record of one field, such as a resolution, as that field's value; others field by field).
 * Fields of other types are not remembered. Reading takes each stored field the record accepts and the defaults'
 * field for the rest, so a field added to the record later is remembered without more code, and a value the record's
 * own checks refuse (a hand-edited resolution of 5000 DPI) falls back to its default with a log line.
 */
public final class RecordSettings {

    private static final Logger LOG = LoggerFactory.getLogger(RecordSettings.class);

    private RecordSettings() {
    }

    /** Stores every field of {@code value} under {@code prefix.field} (a null field is forgotten). */
    public static void write(Settings settings, String prefix, Record value) {
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            String key = prefix + "." + component.getName();
            Object field = valueOf(component, value);
            Class<?> type = component.getType();
            if (type.isRecord() && field != null && type.getRecordComponents().length > 1) {
                write(settings, key, (Record) field);
            } else if (storable(type)) {
                settings.putRaw(key, field == null ? null : text(field));
            }
        }
    }

    /**
     * The record with each field that was stored and is accepted, and the field of {@code defaults} for every other.
     */
    public static <R extends Record> R read(Settings settings, String prefix, R defaults) {
        RecordComponent[] components = defaults.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = valueOf(components[i], defaults);
        }
        for (int i = 0; i < components.length; i++) {
            String key = prefix + "." + components[i].getName();
            Optional<Object> stored = stored(settings, key, components[i].getType(), args[i]);
            if (stored.isEmpty()) {
                continue;
            }
            Object previous = args[i];
            args[i] = stored.get();
            try {
                construct(defaults.getClass(), components, args);
            } catch (IllegalArgumentException e) {
                args[i] = previous;
                LOG.warn("setting {} was not used ({}); using the default", key, e.getMessage());
            }
        }
        @SuppressWarnings("unchecked")
        R result = (R) construct(defaults.getClass(), components, args);
        return result;
    }

    /** The stored field, if a valid one is stored; a bad text is logged and ignored. */
    private static Optional<Object> stored(Settings settings, String key, Class<?> type, Object fallback) {
        if (type.isRecord() && type.getRecordComponents().length > 1) {
            return fallback == null ? Optional.empty() : Optional.of(read(settings, key, (Record) fallback));
        }
        Optional<String> text = settings.raw(key);
        if (text.isEmpty() || !storable(type)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(text.get().strip(), type));
        } catch (IllegalArgumentException e) { // also a path that is not valid here (InvalidPathException)
            LOG.warn("setting {} has the value '{}', which is not valid for it; using the default", key,
                    text.get().length() > 80 ? text.get().substring(0, 77) + "..." : text.get());
            return Optional.empty();
        }
    }

    private static boolean storable(Class<?> type) {
        Class<?> t = boxed(type);
        return t.isEnum() || t == String.class || t == Boolean.class || t == Integer.class || t == Long.class
                || t == Double.class || t == Float.class || t == Path.class
                || (t.isRecord() && t.getRecordComponents().length == 1 && storable(t.getRecordComponents()[0].getType()));
    }

    private static String text(Object field) {
        if (field instanceof Enum<?> e) {
            return e.name();
        }
        if (field instanceof Record r) {
            RecordComponent only = r.getClass().getRecordComponents()[0];
            return text(valueOf(only, r));
        }
        return field.toString();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parse(String text, Class<?> type) {
        Class<?> t = boxed(type);
        if (t.isEnum()) {
            return Enum.valueOf((Class<? extends Enum>) t, text);
        }
        if (t == String.class) {
            if (text.length() > Setting.MAX_TEXT) {
                throw new IllegalArgumentException("too long");
            }
            return text;
        }
        if (t == Boolean.class) {
            if (!text.equals("true") && !text.equals("false")) {
                throw new IllegalArgumentException("not true or false");
            }
            return Boolean.valueOf(text);
        }
        if (t == Integer.class) {
            return Integer.valueOf(text);
        }
        if (t == Long.class) {
            return Long.valueOf(text);
        }
        if (t == Double.class || t == Float.class) {
            double v = Double.parseDouble(text);
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("not a finite number");
            }
            return t == Double.class ? (Object) v : (Object) (float) v;
        }
        if (t == Path.class) {
            return Path.of(text);
        }
        RecordComponent only = t.getRecordComponents()[0];
        return construct(t, new RecordComponent[] {only}, new Object[] {parse(text, only.getType())});
    }

    private static Object valueOf(RecordComponent component, Object record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    /** Calls the canonical constructor; a value it refuses comes back as an IllegalArgumentException. */
    private static Object construct(Class<?> type, RecordComponent[] components, Object[] args) {
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(e.getCause() == null || e.getCause().getMessage() == null
                    ? "refused by " + type.getSimpleName() : e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type.getName(), e);
        }
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "boolean" -> Boolean.class;
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            default -> type;
        };
    }
}
