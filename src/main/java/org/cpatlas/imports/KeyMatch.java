package org.cpatlas.imports;

import java.util.List;
import java.util.Objects;

/**
 * What a key of a table names on the map, or why it names nothing.
 *
 * @param status     the outcome
 * @param code       the unit's code (2012 county code, province or region code) when matched or mapped
 * @param name       the unit's name when matched or mapped
 * @param note       how it was matched (a code followed to 2012, a name without suffix) or why not, in words
 * @param candidates for an ambiguous key, the units it could be
 */
public record KeyMatch(Status status, String code, String name, String note, List<String> candidates) {

    /** The outcomes of matching one key. */
    public enum Status {
        /** The key is the unit's code or name. */
        MATCHED,
        /** The key is a code or name of another year that leads to exactly one unit (reported). */
        MAPPED,
        /** The key names nothing the atlas knows. */
        UNKNOWN,
        /** The key could be several units; never guessed. */
        AMBIGUOUS,
        /** The key names a real unit that is not on the map's layer. */
        OUTSIDE,
        /** The key cell is empty. */
        BLANK
    }

    public KeyMatch {
        Objects.requireNonNull(status, "status");
        note = Objects.requireNonNullElse(note, "");
        candidates = List.copyOf(candidates);
    }

    public static KeyMatch matched(String code, String name, String note) {
        return new KeyMatch(Status.MATCHED, code, name, note, List.of());
    }

    public static KeyMatch mapped(String code, String name, String note) {
        return new KeyMatch(Status.MAPPED, code, name, note, List.of());
    }

    public static KeyMatch unknown(String note) {
        return new KeyMatch(Status.UNKNOWN, null, null, note, List.of());
    }

    public static KeyMatch ambiguous(String note, List<String> candidates) {
        return new KeyMatch(Status.AMBIGUOUS, null, null, note, candidates);
    }

    public static KeyMatch outside(String note) {
        return new KeyMatch(Status.OUTSIDE, null, null, note, List.of());
    }

    public static KeyMatch blank() {
        return new KeyMatch(Status.BLANK, null, null, "the key cell is empty", List.of());
    }

    /** Matched or mapped: the row's values can be stored for {@link #code()}. */
    public boolean found() {
        return status == Status.MATCHED || status == Status.MAPPED;
    }
}
