package org.cpatlas.tables;

import java.util.Objects;

/**
 * A column of a {@link DataTable}.
 *
 * @param key     a stable name for the column, the same in every language ("rate_2010")
 * @param header  the column's title in the table's language, without unit (writers add the unit of its figures)
 * @param figures true when its cells are {@link Cell.Figures}, false for words
 */
public record Column(String key, String header, boolean figures) {

    public Column {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(header, "header");
    }

    public static Column words(String key, String header) {
        return new Column(key, header, false);
    }

    public static Column figures(String key, String header) {
        return new Column(key, header, true);
    }
}
