package org.cpatlas.imports;

/**
 * How one data row's key was matched.
 *
 * @param row   1-based row
 * @param key   the key cell's text
 * @param match the outcome
 */
public record RowMatch(int row, String key, KeyMatch match) {

    /** "row 17 '城关区': names 3 counties ..." for reports. */
    public String describe() {
        return "row " + row + " '" + key.strip() + "': " + match.note()
                + (match.candidates().isEmpty() ? "" : " (" + String.join("; ", match.candidates()) + ")");
    }
}
