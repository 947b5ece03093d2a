package org.cpatlas.ui.tablefile;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import org.cpatlas.imports.RawTable;
import org.cpatlas.imports.TableFormat;
import org.cpatlas.ui.kit.I18n;

/**
 * How a table file is read, for the user to change: the workbook's sheet (XLSX only) and the text encoding (CSV only;
 * the common Chinese encodings offered, any other typed, "auto" to detect).
 */
public final class ReadingPickers {

    private static final List<String> ENCODINGS = List.of("UTF-8", "GB18030", "GBK", "Big5", "UTF-16");

    private final ChoiceBox<String> sheet = new ChoiceBox<>();
    private final ComboBox<String> encoding = new ComboBox<>();

    /**
     * @param updating   true while the dialog shows a new preview (a value set then is not the user's choice)
     * @param onSheet    told the sheet the user chose
     * @param onEncoding told the encoding the user chose or typed, stripped (null: detect it)
     */
    public ReadingPickers(I18n i18n, BooleanSupplier updating, Consumer<String> onSheet, Consumer<String> onEncoding) {
        encoding.setEditable(true);
        encoding.getItems().setAll(ENCODINGS);
        encoding.setPromptText(i18n.get("import.auto"));
        encoding.setPrefWidth(130);
        sheet.valueProperty().addListener((o, old, s) -> {
            if (!updating.getAsBoolean() && s != null) {
                onSheet.accept(s);
            }
        });
        encoding.setOnAction(e -> {
            if (!updating.getAsBoolean()) {
                String chosen = encoding.getValue();
                onEncoding.accept(chosen == null || chosen.isBlank() || chosen.equals(i18n.get("import.auto")) ? null
                        : chosen.strip());
            }
        });
    }

    public ChoiceBox<String> sheet() {
        return sheet;
    }

    public ComboBox<String> encoding() {
        return encoding;
    }

    /** Shows how {@code table} was read: its sheets and the one read; only the picker that applies is enabled. */
    public void show(RawTable table) {
        sheet.getItems().setAll(table.sheets());
        sheet.setValue(table.sheet());
        sheet.setDisable(table.format() != TableFormat.XLSX);
        encoding.setDisable(table.format() != TableFormat.CSV);
    }
}
