package org.cpatlas.ui.tablefile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.control.ChoiceBox;
import org.cpatlas.imports.RawTable;

/**
 * A picker of one of the table's columns (the key, the county, the region), each shown by its letter and header
 * ("B (county)"); the user's choice is passed on as the letter the planners take.
 */
public final class ColumnChoice {

    private final ChoiceBox<String> box = new ChoiceBox<>();

    /**
     * @param updating true while the dialog shows a new preview (a value set then is not the user's choice)
     * @param chosen   told the letter of the column the user chose
     */
    public ColumnChoice(BooleanSupplier updating, Consumer<String> chosen) {
        box.valueProperty().addListener((o, old, label) -> {
            if (!updating.getAsBoolean() && label != null) {
                chosen.accept(letter(label));
            }
        });
    }

    public ChoiceBox<String> box() {
        return box;
    }

    /** Lists the table's columns and shows {@code column} (0-based) as the one taken. */
    public void show(RawTable table, int column) {
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++) {
            labels.add(table.columnLabel(c));
        }
        box.getItems().setAll(labels);
        box.setValue(table.columnLabel(column));
    }

    /** "B (county)" → "B": the planners take a column by its letter. */
    static String letter(String label) {
        return label.contains(" ") ? label.substring(0, label.indexOf(' ')) : label;
    }
}
