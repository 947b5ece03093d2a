package org.cpatlas.settings;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The remembered values, as texts by key. Read and written through typed {@link Setting}s; keys no setting of this
 * atlas knows are kept as they are, so a newer atlas's settings survive a run of an older one. Used on one thread
 * (the JavaFX thread).
 */
public final class Settings {

    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);

    private final Map<String, String> values = new TreeMap<>();
    /** Keys whose bad value was already logged: one line per key, not one per read. */
    private final Set<String> reported = new HashSet<>();

    /** No settings: every key at its default. */
    public Settings() {
    }

    /** Settings holding these stored texts. */
    public Settings(Map<String, String> stored) {
        values.putAll(stored);
    }

    /** The stored value, or the setting's default when none is stored or the stored text is not valid for it. */
    public <T> T get(Setting<T> setting) {
        return find(setting).orElse(setting.defaultValue());
    }

    /** The stored value, or empty when none is stored or the stored text is not valid (logged once). */
    public <T> Optional<T> find(Setting<T> setting) {
        String stored = values.get(setting.key());
        if (stored == null) {
            return Optional.empty();
        }
        Optional<T> value = setting.parse(stored);
        if (value.isEmpty() && reported.add(setting.key())) {
            LOG.warn("setting {} has the value '{}', which is not valid for it; using the default ({})",
                    setting.key(), abbreviated(stored), setting.defaultValue());
        }
        return value;
    }

    /** Remembers a value; null forgets it (the default applies again). */
    public <T> void set(Setting<T> setting, T value) {
        if (value == null) {
            values.remove(setting.key());
        } else {
            values.put(setting.key(), setting.format(value));
        }
        reported.remove(setting.key());
    }

    /** Forgets a value: the default applies again. */
    public void remove(Setting<?> setting) {
        values.remove(setting.key());
    }

    /** The stored text of a key, for keys not declared as a {@link Setting} (e.g. a record's fields). */
    public Optional<String> raw(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Stores a text under a key, or forgets it when the text is null. */
    public void putRaw(String key, String text) {
        if (text == null) {
            values.remove(key);
        } else {
            values.put(key, text);
        }
    }

    /** Forgets everything: every key at its default (the "Reset settings" action). */
    public void clear() {
        values.clear();
        reported.clear();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** Every stored text by key, sorted by key. */
    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(values);
    }

    private static String abbreviated(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }
}
