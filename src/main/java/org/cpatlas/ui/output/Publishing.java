package org.cpatlas.ui.output;

import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.cpatlas.print.Dpi;
import org.cpatlas.print.Orientation;
import org.cpatlas.print.PageSetup;
import org.cpatlas.print.Paper;
import org.cpatlas.ui.kit.I18n;

/**
 * The export dialog's rows for publication: the size (paper, or a one- or two-column journal figure, or a figure of
 * a chosen width), the South China Sea islands inset, archival PDF and editable SVG text. Each is enabled only where
 * it applies (a figure is a map; PDF/A a PDF; editable text an SVG).
 */
final class Publishing {

    /** The size of the output. */
    enum Size { PAPER, SINGLE, DOUBLE, CUSTOM }

    final ChoiceBox<Size> size = new ChoiceBox<>();
    final Spinner<Double> widthMm = new Spinner<>();
    final CheckBox inset = new CheckBox();
    final CheckBox pdfa = new CheckBox();
    final CheckBox svgText = new CheckBox();
    private final I18n i18n;

    Publishing(I18n i18n) {
        this.i18n = i18n;
        size.getItems().setAll(Size.values());
        size.setValue(Size.PAPER);
        size.setConverter(new StringConverter<>() {
            @Override
            public String toString(Size value) {
                return value == null ? "" : i18n.get("export.size." + value.name().toLowerCase());
            }

            @Override
            public Size fromString(String text) {
                throw new UnsupportedOperationException("choice boxes do not parse text");
            }
        });
        widthMm.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(PageSetup.MIN_FIGURE_MM,
                PageSetup.MAX_FIGURE_MM, 120, 1));
        widthMm.setEditable(true);
        widthMm.disableProperty().bind(size.valueProperty().isNotEqualTo(Size.CUSTOM).or(size.disabledProperty()));
        inset.setSelected(true);
        inset.setText(i18n.get("export.inset"));
        pdfa.setText(i18n.get("export.pdfa"));
        svgText.setText(i18n.get("export.svgText"));
    }

    /** Enables each row where it applies to what is exported and in which format. */
    void bind(ChoiceBox<ExportSettings.What> what, ChoiceBox<ExportSettings.Format> format) {
        size.disableProperty().bind(what.valueProperty().isNotEqualTo(ExportSettings.What.MAP_AS_SHOWN));
        pdfa.disableProperty().bind(Bindings.createBooleanBinding(
                () -> format.getValue() != ExportSettings.Format.PDF && what.getValue() != ExportSettings.What.ATLAS,
                format.valueProperty(), what.valueProperty()));
        svgText.disableProperty().bind(format.valueProperty().isNotEqualTo(ExportSettings.Format.SVG)
                .or(what.valueProperty().isEqualTo(ExportSettings.What.ATLAS)));
    }

    void addTo(GridPane grid, int row) {
        grid.addRow(row, new Label(i18n.get("export.size")), size);
        grid.addRow(row + 1, new Label(i18n.get("export.widthMm")), widthMm);
        grid.add(inset, 1, row + 2);
        grid.add(pdfa, 1, row + 3);
        grid.add(svgText, 1, row + 4);
    }

    /** The settings with what these rows say; a width typed but not committed is taken as typed when valid. */
    ExportSettings settings(ExportSettings.What what, ExportSettings.Format format, Paper paper,
            Orientation orientation, Dpi dpi) {
        double figure = switch (size.getValue()) {
            case PAPER -> 0;
            case SINGLE -> PageSetup.SINGLE_COLUMN_MM;
            case DOUBLE -> PageSetup.DOUBLE_COLUMN_MM;
            case CUSTOM -> typedWidth();
        };
        return new ExportSettings(what, format, paper, orientation, dpi,
                what == ExportSettings.What.MAP_AS_SHOWN ? figure : 0, inset.isSelected(),
                !pdfa.isDisabled() && pdfa.isSelected(), !svgText.isDisabled() && svgText.isSelected());
    }

    private double typedWidth() {
        try {
            double typed = Double.parseDouble(widthMm.getEditor().getText().trim());
            if (typed >= PageSetup.MIN_FIGURE_MM && typed <= PageSetup.MAX_FIGURE_MM) {
                return typed;
            }
        } catch (NumberFormatException e) {
            // Not a number: the last valid width stands, as the DPI field does.
        }
        return widthMm.getValue();
    }
}
